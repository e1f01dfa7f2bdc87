/** Where a publisher sets its summary when no heading names it: at the top of the story, between
 * the headline and the first paragraphs. These helpers find the headline and walk what follows it,
 * counting the story's paragraphs, so that a shape is only trusted where a summary stands. */
import { normalizeSpace, textOf } from '../dom';

/** A paragraph at least this long is the story's prose (bylines, dates and captions are shorter). */
export const PROSE_CHARS = 100;

/** How many elements past the headline the top of the story may span (picture markup, ad slots
 * and share bars come between the headline and the story). */
const MAX_TOP_ELEMENTS = 400;

export function isProse(el: Element): boolean {
  return el.localName === 'p' && textOf(el).length >= PROSE_CHARS;
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

/** The story's headline: the <h1> that carries the page's title (a page's first <h1> is often its
 * logo), else the first <h1> with words in it. */
export function findHeadline(root: Element, title: string | null): Element | null {
  const headings = Array.from(root.getElementsByTagName('h1')).slice(0, 12);
  const wanted = title ? comparable(title) : '';
  if (wanted) {
    const byTitle = headings.find((h1) => {
      const text = comparable(textOf(h1));
      return text.length >= 10 && (text === wanted || wanted.includes(text) || text.includes(wanted));
    });
    if (byTitle) return byTitle;
  }
  return headings.find((h1) => textOf(h1).split(' ').length >= 2) ?? null;
}

export interface TopElement {
  el: Element;
  /** Prose paragraphs of the story seen before this element. */
  proseBefore: number;
}

/** The elements after `start` (its own descendants skipped, or walked when `inside`) up to where
 * `maxProse` paragraphs of prose have passed, in document order. `skipProse` tells paragraphs that
 * are not the story's (a labelled summary paragraph is long too). */
export function* elementsAtTop(
  root: Element,
  start: Element,
  { maxProse, inside = false, skipProse }: { maxProse: number; inside?: boolean; skipProse?: (el: Element) => boolean },
): Generator<TopElement> {
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  walker.currentNode = start;
  let proseBefore = 0;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TOP_ELEMENTS; node = walker.nextNode(), seen++) {
    const el = node as Element;
    if (!inside && start.contains(el)) continue;
    if (inside && !start.contains(el)) return;
    yield { el, proseBefore };
    if (isProse(el) && !skipProse?.(el)) proseBefore++;
    if (proseBefore >= maxProse) return;
  }
}

/** Whether the story goes on after `el` for at least `paragraphs` paragraphs of prose and `chars`
 * characters of them: a summary comes before a story, not in place of it. */
export function proseFollows(el: Element, paragraphs: number, chars = 0): boolean {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc, 1);
  walker.currentNode = el;
  let found = 0;
  let length = 0;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 5000; node = walker.nextNode(), seen++) {
    if (el.contains(node) || !isProse(node as Element)) continue;
    found++;
    length += textOf(node).length;
    if (found >= paragraphs && length >= chars) return true;
  }
  return false;
}

/** Where the top of the story starts: after `start` (the headline), or inside it (the page's
 * <article>, when no headline is found). */
export interface StoryStart {
  start: Element;
  inside: boolean;
}

export function storyStart(root: Element, title: string | null): StoryStart | null {
  const headline = findHeadline(root, title);
  if (headline) return { start: headline, inside: false };
  const article = root.querySelector('article');
  return article ? { start: article, inside: true } : null;
}
