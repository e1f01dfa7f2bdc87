/** The lead picture: the first figure above the story (or the one the page names as its share image),
 * taken out of the body so the popup shows it once, with its caption once. */
import type { LeadImage, RemovedBlock } from './article';
import { absoluteUrl, follows, snippet, textOf } from './dom';

function imageSource(img: Element, base: string): string | null {
  for (const attr of ['src', 'data-src', 'data-lazy-src', 'data-original']) {
    const url = absoluteUrl(img.getAttribute(attr), base);
    if (url && !url.startsWith('data:')) return url;
  }
  return null;
}

function samePicture(a: string, b: string | null): boolean {
  if (!b) return false;
  try {
    const left = new URL(a);
    const right = new URL(b);
    return left.host === right.host && left.pathname === right.pathname;
  } catch {
    return false;
  }
}

/** The first paragraph that reads like story text: figures after it are in the story, not above it. */
function firstStoryParagraph(root: Element): Element | null {
  // Indexing the live collection stops at the first hit, where querySelectorAll would list every <p>.
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) if (textOf(paragraphs[i]).length >= 120) return paragraphs[i];
  return null;
}

export function takeLeadImage(
  root: Element,
  shareImage: string | null,
  base: string,
  removed: RemovedBlock[],
): LeadImage | null {
  const figures = Array.from(root.getElementsByTagName('figure')).filter((figure) => figure.querySelector('img'));
  if (figures.length === 0) return null;
  const storyStart = firstStoryParagraph(root);
  const figure =
    figures.find((f) => samePicture(imageSource(f.querySelector('img')!, base) ?? '', shareImage)) ??
    figures.find((f) => storyStart !== null && follows(f, storyStart) && !f.closest('nav, header a, footer, aside'));
  if (!figure) return null;
  const img = figure.querySelector('img')!;
  const src = imageSource(img, base);
  if (!src) return null;
  const captionEl = figure.querySelector('figcaption');
  const alt = (img.getAttribute('alt') ?? '').trim();
  const caption = captionEl ? textOf(captionEl) : '';
  figure.remove();
  removed.push({
    reason: 'lead image (shown above the article, caption once)',
    text: snippet(caption || alt),
    shownElsewhere: true,
  });
  return { src, alt, caption };
}
