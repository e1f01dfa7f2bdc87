/** A guard on Readability's first pass. Readability first drops every block whose class or id looks
 * unlikely ("header", "footer", "comment", "sidebar"…) and keeps that pass's result if it reaches
 * `charThreshold` characters; only a shorter result sends it on to passes with relaxed rules, and
 * when all fall short it takes the longest. When the story's own container has such a name, the
 * first pass returns a print footer or a subscription box of a few hundred characters instead of
 * the story — raising the threshold for every page would instead send short stories on to the
 * relaxed passes, whose longest result is often a newsletter form. So the threshold stays low, and
 * a result that holds much less prose than the page has is checked against a second reading with a
 * threshold the page's prose sets. */
import { linkDensity, normalizeSpace, textOf } from './dom';
import type { Article } from './article';
import { PROSE_BLOCK } from './story-list';
import { LIST_ITEM_MARK } from './to-text';

/** Readability's threshold for the first reading: a short story is taken as it is. */
export const FIRST_PASS_CHARS = 400;
/** The page must have at least this much prose beyond what was found for a second reading. */
const MISSED_PROSE = 1000;
/** The second reading's threshold stays within these bounds. */
const SECOND_PASS_MIN = 500;
const SECOND_PASS_MAX = 3000;

/** Characters in the paragraphs of the page that read as prose (not list items, not mostly links). */
export function pageProse(doc: Document): number {
  let total = 0;
  for (const p of Array.from(doc.querySelectorAll('p, pre'))) {
    const length = textOf(p).length;
    if (length >= PROSE_BLOCK && !p.closest('li') && linkDensity(p) < 0.5) total += length;
  }
  return total;
}

function proseBlocks(article: Article): string[] {
  return article.text.split('\n\n').filter((block) => block.length >= PROSE_BLOCK);
}

function proseOf(article: Article): number {
  return proseBlocks(article).reduce((sum, block) => sum + block.length, 0);
}

/** The threshold for a second reading, or null when what was found holds most of the page's prose. */
export function secondPassChars(first: Article, doc: Document): number | null {
  const found = proseOf(first);
  const prose = pageProse(doc);
  if (found >= prose / 2 || prose - found < MISSED_PROSE) return null;
  return Math.max(SECOND_PASS_MIN, Math.min(Math.round(prose / 2), SECOND_PASS_MAX));
}

/** Where a block of the article starts in the page's text (-1 when it cannot be found there): its
 * first line, without the list mark the plain text gives list items. */
function offsetIn(pageText: string, block: string): number {
  const firstLine = block.split('\n')[0];
  const line = firstLine.startsWith(LIST_ITEM_MARK) ? firstLine.slice(LIST_ITEM_MARK.length) : firstLine;
  return pageText.indexOf(normalizeSpace(line).slice(0, 60));
}

/** Where the story's headline is in the page's text: the <h1> that reads as the title, else the first. */
function headlineOffset(pageText: string, doc: Document, title: string): number {
  const headings = Array.from(doc.querySelectorAll('h1')).map(textOf).filter(Boolean);
  const headline = headings.find((h) => h === title || title.startsWith(h) || h.startsWith(title)) ?? headings[0];
  return headline ? pageText.indexOf(headline) : -1;
}

/** The second reading replaces the first only when it has at least twice its prose, raises no notice
 * the first did not, starts elsewhere (not the first with more after it), and starts nearer after
 * the headline: a story begins under its headline, and
 * what a first pass mistakes for it — a footer, a subscription box, a newsletter form, comments — sits
 * elsewhere. Without a headline to go by, the second must not lie wholly after the first (what
 * follows a story on a page is its comments, a newsletter box, a footer). */
export function betterReading(first: Article, second: Article, doc: Document): Article {
  if (proseOf(second) < 2 * proseOf(first)) return first;
  if (second.warning && second.warning.kind !== first.warning?.kind) return first;
  const firstBlocks = proseBlocks(first);
  const secondBlocks = proseBlocks(second);
  if (!firstBlocks.length) return second;
  // The first with more after it is what the relaxed passes let in besides: comments, boxes,
  // related stories.
  if (!secondBlocks.length || secondBlocks[0] === firstBlocks[0]) return first;
  const pageText = normalizeSpace(doc.body?.textContent ?? '');
  const firstStart = offsetIn(pageText, firstBlocks[0]);
  const secondStart = offsetIn(pageText, secondBlocks[0]);
  if (firstStart < 0 || secondStart < 0) return first;
  const headline = headlineOffset(pageText, doc, first.title);
  if (headline >= 0 && (firstStart > headline || secondStart > headline)) {
    const after = (start: number) => (start > headline ? start - headline : Infinity);
    return after(secondStart) <= after(firstStart) ? second : first;
  }
  return secondStart <= offsetIn(pageText, firstBlocks[firstBlocks.length - 1]) ? second : first;
}
