/** A summary set as a labelled paragraph: "TL;DR: …", "In short: …", "Kurz gesagt: …",
 * "<strong>En bref</strong> …". The takeaway is the text after the label. A story's own sentence
 * may begin the same way ("In short, the council…"), so the label must be set apart — followed by
 * a colon, or in bold — the paragraph short enough to be a summary, and it must stand either at
 * the top of the story (within its first paragraphs, with more of the story after it) or in a
 * box marked as a summary. Consecutive labelled paragraphs or bullets are one item each. */
import type { RemovedBlock, Takeaways } from '../article';
import { findTextNodes, follows, normalizeSpace, textOf } from '../dom';
import { alternation, wholeTextPattern } from '../vocabulary';
import { TAKEAWAY_LABELS } from '../vocabulary/takeaways';
import { MAX_ITEMS, readsAsSentence } from './items';
import { isMarkedAsSummary } from './marked-list';
import { takeOut } from './take-out';
import { elementsAtTop, proseFollows, type StoryStart } from './top-of-story';

/** "Label:" at the start of a text (a space before the colon is French typography). */
const LABEL_WITH_COLON = new RegExp(`^(${alternation(TAKEAWAY_LABELS)})\\s*[:：]\\s*`, 'iu');
/** A bold element holding just the label, with or without its punctuation. */
const BARE_LABEL = wholeTextPattern(TAKEAWAY_LABELS, '\\s*[:：.—–-]?');
/** A text that begins with a label: where a labelled paragraph may start. */
export const STARTS_WITH_LABEL = new RegExp(`^(${alternation(TAKEAWAY_LABELS)})(\\s*[:：.—–-]|$)`, 'iu');

/** The element's first words, read without reading all its text (asked of every element at the
 * top of a story, wrappers of the whole page included). */
function firstText(el: Element): string {
  // Depth first down the first children, a few nodes at most: a label is the first thing in it.
  const pending: Node[] = [el];
  for (let seen = 0; pending.length && seen < 24; seen++) {
    const node = pending.pop() as Node;
    if (node.nodeType === 3) {
      const text = normalizeSpace(node.nodeValue ?? '');
      if (text) return text;
    } else if (node.nodeType === 1) {
      for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
    }
  }
  return '';
}

/** Elements a summary paragraph can be; it must hold no block of its own (its wrapper's text
 * starts with the same label). */
const PARAGRAPHS = new Set(['p', 'li', 'div', 'dd']);
const BLOCK_INSIDE =
  'p, div, li, ul, ol, section, article, aside, blockquote, table, figure, h1, h2, h3, h4, h5, h6, header, footer';

/** Only the first few paragraphs of a story are its top. */
const MAX_PROSE_BEFORE = 2;
/** The story that must follow the summary: a few paragraphs, and several times the summary's
 * length (a short story's first paragraph may open with "Summary:" and be the story itself). */
const PROSE_AFTER = 3;
const STORY_TIMES_SUMMARY = 4;
const MAX_PARAGRAPH_CHARS = 700;

interface Labelled {
  label: string;
  item: string;
}

function firstChild(el: Element): ChildNode | null {
  let child = el.firstChild;
  while (child && child.nodeType === 3 && !/\S/.test(child.nodeValue ?? '')) child = child.nextSibling;
  return child;
}

/** The label and the text after it, when `el` is a labelled summary paragraph. */
export function labelledParagraph(el: Element): Labelled | null {
  if (!PARAGRAPHS.has(el.localName) || !STARTS_WITH_LABEL.test(firstText(el)) || el.querySelector(BLOCK_INSIDE))
    return null;
  const text = textOf(el);
  if (text.length > MAX_PARAGRAPH_CHARS) return null;
  let label: string | null = null;
  let item = '';
  const withColon = LABEL_WITH_COLON.exec(text);
  if (withColon) {
    label = withColon[1];
    item = text.slice(withColon[0].length);
  } else {
    const first = firstChild(el);
    const bold =
      first && first.nodeType === 1 && ['strong', 'b'].includes((first as Element).localName) ? textOf(first) : '';
    if (bold && BARE_LABEL.test(bold)) {
      label = bold.replace(/[\s:：.—–-]+$/, '');
      item = text.slice(bold.length).replace(/^[\s:：.—–-]+/, '');
    }
  }
  item = normalizeSpace(item);
  if (!label || !readsAsSentence(item, { minChars: 20, minWords: 4 })) return null;
  return { label, item };
}

/** The next element at the same level, past empty ones. */
function nextSibling(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && !textOf(next) && !next.querySelector('img')) next = next.nextElementSibling;
  return next;
}

/** The labelled paragraph and those that follow it at once. */
function run(first: Element, labelled: Labelled): { elements: Element[]; items: string[] } {
  const elements = [first];
  const items = [labelled.item];
  for (let next = nextSibling(first); next && items.length < MAX_ITEMS; next = nextSibling(next)) {
    const more = labelledParagraph(next);
    if (!more) break;
    elements.push(next);
    items.push(more.item);
  }
  return { elements, items };
}

/** A wrapper, up to three levels up, that holds just these paragraphs and is marked as a summary
 * (or, at the top of the story, is an aside): the box to take out with them. */
const MAX_BOX_EXTRA_CHARS = 60;

function summaryBox(elements: Element[], { asideIsBox }: { asideIsBox: boolean }): Element | null {
  if (elements.length === 1 && isMarkedAsSummary(elements[0])) return elements[0];
  const chars = elements.reduce((sum, el) => sum + textOf(el).length, 0);
  let el = elements[0].parentElement;
  for (let level = 0; el && level < 3 && el.tagName !== 'BODY'; level++, el = el.parentElement) {
    if (textOf(el).length > chars + MAX_BOX_EXTRA_CHARS) return null;
    if (isMarkedAsSummary(el) || (asideIsBox && el.localName === 'aside')) return el;
  }
  return null;
}

function take(
  root: Element,
  first: Element,
  labelled: Labelled,
  box: Element | null,
  removed: RemovedBlock[],
): Takeaways {
  const { elements, items } = run(first, labelled);
  return takeOut(
    root,
    {
      heading: labelled.label,
      items,
      elements: box ? [box] : elements,
      reason: 'labelled summary paragraph (shown in its own box)',
    },
    removed,
  );
}

/** `labels`: the texts that match STARTS_WITH_LABEL, when the caller has found them already. */
export function takeLabelledParagraphs(
  root: Element,
  from: StoryStart | null,
  removed: RemovedBlock[],
  labels = findTextNodes(root, STARTS_WITH_LABEL),
): Takeaways | null {
  if (!from) return null;
  // At the top of the story, with more of it after.
  const top = elementsAtTop(root, from.start, {
    maxProse: MAX_PROSE_BEFORE + 1,
    inside: from.inside,
    skipProse: (el) => labelledParagraph(el) !== null,
  });
  for (const { el } of top) {
    const labelled = labelledParagraph(el);
    if (!labelled || el.closest('nav, footer')) continue;
    const { elements, items } = run(el, labelled);
    const summaryChars = items.reduce((sum, item) => sum + item.length, 0);
    if (!proseFollows(elements[elements.length - 1], PROSE_AFTER, STORY_TIMES_SUMMARY * summaryChars)) continue;
    return take(root, el, labelled, summaryBox(elements, { asideIsBox: true }), removed);
  }
  // Further down, only in a box marked as a summary ("tldr", "summary", "key-points").
  for (const node of labels) {
    const paragraph = node.parentElement?.closest('p, li, div, dd');
    if (!paragraph || !follows(from.start, paragraph) || paragraph.closest('nav, footer')) continue;
    const labelled = labelledParagraph(paragraph);
    if (!labelled) continue;
    const box = summaryBox(run(paragraph, labelled).elements, { asideIsBox: false });
    if (box) return take(root, paragraph, labelled, box, removed);
  }
  return null;
}
