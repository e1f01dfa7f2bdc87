/** A list of the site's own headlines, whatever its heading says (or when it has none): every item
 * is one link to another page of the same site, and the link is a headline (several words), with
 * nothing else said. That is a "related stories" list; a list of sources the story cites links
 * elsewhere, and a list of points says something besides its links. Only on a page with a story:
 * on a page of lists, the lists are what it is. */
import type { ClutterRule } from './rule';
import { linkDensity, textLengthAtMost, textOf } from '../dom';

const MIN_ITEMS = 3;
const MIN_HEADLINE_WORDS = 4;
const MAX_ITEM_CHARS = 200;

function sameSiteStory(link: HTMLAnchorElement, page: URL): boolean {
  try {
    const target = new URL(link.getAttribute('href') ?? '', page);
    return target.host === page.host && target.pathname !== page.pathname && target.pathname.length > 1;
  } catch {
    return false;
  }
}

/** The item's one link to another page of the site, when the item is nothing but that link. */
function soleStoryLink(item: Element, page: URL): HTMLAnchorElement | null {
  const text = textOf(item);
  if (text.length === 0 || text.length > MAX_ITEM_CHARS || linkDensity(item) < 0.9) return null;
  const links = Array.from(item.querySelectorAll('a'));
  return links.length === 1 && sameSiteStory(links[0], page) ? links[0] : null;
}

const isHeadline = (link: HTMLAnchorElement) => textOf(link).split(' ').length >= MIN_HEADLINE_WORDS;

/** Every item is one link to the site's own page, and most of them read as headlines (a short one
 * among them, "Unwort „Fegefeuer“", is still a headline of the list). */
function isHeadlineList(items: Element[], page: URL): boolean {
  let headlines = 0;
  for (const item of items) {
    const link = soleStoryLink(item, page);
    if (!link) return false;
    if (isHeadline(link)) headlines++;
  }
  return headlines * 4 >= items.length * 3;
}

/** Below this much prose on the page (paragraphs of unlinked sentences), the lists are the page — a
 * home or section page — not a story's related list: they stay, for the page-type judgement to see. */
const MIN_STORY_PROSE = 500;

function storyProse(root: Element): number {
  let chars = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (textLengthAtMost(p, 99)) continue;
    if (linkDensity(p) < 0.3) chars += textOf(p).length;
    if (chars >= MIN_STORY_PROSE) break;
  }
  return chars;
}

export const headlineLists: ClutterRule = {
  reason: 'list of other stories or topics',
  scope: 'page',
  find: ({ root }) => {
    let page: URL;
    try {
      page = new URL(root.ownerDocument.URL);
    } catch {
      return [];
    }
    if (storyProse(root) < MIN_STORY_PROSE) return [];
    return Array.from(root.querySelectorAll('ul, ol')).filter((list) => {
      const items = Array.from(list.children).filter((child) => child.tagName === 'LI');
      return items.length >= MIN_ITEMS && items.length === list.children.length && isHeadlineList(items, page);
    });
  },
  examples: {
    removes: [
      '<ul><li><a href="/2019/a-story">NASA mission could spot signs of alien life</a></li><li><a href="/2019/b-story">Twin telescopes on the mountain see farther</a></li><li><a href="/2019/c-story">Why the moon has water after all, say scientists</a></li></ul>',
      '<ol><li><a href="/news/1">Bishop answers the critics of his decree</a></li><li><a href="/news/2">Unwort „Fegefeuer“</a></li><li><a href="/news/3">Rome forbids the old rite at Easter</a></li><li><a href="/news/4">Poll shows a gap between young and old clergy</a></li></ol>',
    ],
    keeps: [
      '<ul><li><a href="https://www.example.org/report">The agency report on the spill, published in May</a></li><li><a href="https://data.example.net/x">The data set behind the figures in this story</a></li><li><a href="https://archive.example.com/1990">The 1990 inquiry that first found the leak</a></li></ul>',
      '<ul><li><a href="/shop/tea">Tea</a></li><li><a href="/shop/coffee">Coffee</a></li><li><a href="/shop/cocoa">Cocoa and chocolate drinks for winter</a></li></ul>',
      '<ol><li>Turn off the water at the main valve before you start.</li><li>Open the tap and let the pipe drain.</li><li>Undo the <a href="/tools/wrench">nut with a wrench</a> and lift the old washer out.</li></ol>',
    ],
  },
};
