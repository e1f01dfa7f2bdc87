/** Finds the publisher's own summary box ("Key takeaways", "Key Points", "Summary", …) by its
 * heading text and shape — a short heading followed by a short list — not by any one site's classes,
 * and takes it (and its AI-disclosure line) out of the page so it is shown apart from the body. */
import type { RemovedBlock, Takeaways } from './article';
import { findTextNodes, follows, linkDensity, normalizeSpace, snippet, textOf } from './dom';

/** Headings publishers put over a bullet summary, in English, Spanish, French and German. */
export const TAKEAWAYS_HEADING = new RegExp(
  '^(' +
    [
      'key takeaways?', 'takeaways', 'the takeaways?', 'key points', 'the key points', 'key facts', 'summary',
      'story summary', 'article summary', 'quick summary', 'what to know', 'what you need to know', 'highlights',
      'story highlights', 'in brief', 'tl;? ?dr', 'at a glance', 'the big picture', 'the gist', 'why it matters',
      // es
      'puntos clave', 'claves', 'lo más importante', 'lo que debes saber', 'resumen', 'en resumen', 'en breve',
      // fr
      'à retenir', 'ce qu.il faut retenir', "l'essentiel", 'l’essentiel', 'points clés', 'en bref', 'résumé',
      // de
      'das wichtigste( in kürze)?', 'auf einen blick', 'zusammenfassung', 'kurz und knapp', 'in kürze',
    ].join('|') +
    ')\\s*:?$',
  'i',
);

/** The line publishers add about how the summary was made ("…generated with the assistance of
 * large language models…", Gannett's "…created with the assistance of Artificial Intelligence…"). */
export const TAKEAWAYS_NOTE =
  /\b(generated|created|written|produced|drafted)\b.{0,80}\b(assistance|help|using|with|by)\b.{0,60}\b(AI|artificial intelligence|large language models?|LLMs?|machine learning)\b/i;

const MAX_ITEMS = 10;
const MAX_ITEM_CHARS = 600;

/** Climbs from a text node to the outermost element whose text is that same text. */
function elementHoldingOnly(node: Text): Element | null {
  let el = node.parentElement;
  if (!el) return null;
  const text = textOf(node);
  while (el.parentElement && el.parentElement.tagName !== 'BODY' && textOf(el.parentElement) === text) {
    el = el.parentElement;
  }
  return el;
}

function listItems(list: Element): string[] {
  return Array.from(list.children)
    .filter((child) => child.tagName === 'LI')
    .map((li) => textOf(li))
    .filter(Boolean);
}

function isSummaryList(list: Element): boolean {
  const items = listItems(list);
  return (
    items.length >= 1 &&
    items.length <= MAX_ITEMS &&
    items.every((item) => item.length >= 12 && item.length <= MAX_ITEM_CHARS) &&
    linkDensity(list) < 0.5
  );
}

/** A box's list follows its heading at once; a "Summary" heading over a paragraph that then
 * introduces a list ("This post will discuss the following:") is the story's own outline. */
const MAX_TEXT_BETWEEN = 25;

function textBetween(heading: Element, list: Element): number {
  const walker = heading.ownerDocument.createTreeWalker(heading.ownerDocument.body ?? heading.ownerDocument, 4);
  walker.currentNode = heading;
  let length = 0;
  for (let node = walker.nextNode(); node && !list.contains(node) && length <= MAX_TEXT_BETWEEN; node = walker.nextNode()) {
    if (!heading.contains(node)) length += normalizeSpace(node.nodeValue ?? '').length;
  }
  return length;
}

interface FoundBox {
  heading: Element;
  list: Element;
  /** The element to take out: the whole box when it holds little else, else heading and list only. */
  box: Element | null;
}

function boxUnder(heading: Element): FoundBox | null {
  let scope: Element | null = heading.parentElement;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    const list = Array.from(scope.querySelectorAll('ul, ol')).find(
      (candidate) => follows(heading, candidate) && !heading.contains(candidate),
    );
    if (list) {
      if (!isSummaryList(list) || textBetween(heading, list) > MAX_TEXT_BETWEEN) return null;
      const ownText = textOf(heading).length + textOf(list).length;
      return { heading, list, box: textOf(scope).length <= ownText + 40 ? scope : null };
    }
  }
  return null;
}

function findNote(root: Element): Element | null {
  for (const node of findTextNodes(root, TAKEAWAYS_NOTE)) {
    const el = elementHoldingOnly(node);
    if (el && textOf(el).length < 600) return el;
  }
  // The sentence may be split over several inline elements; look at short paragraphs too.
  return Array.from(root.querySelectorAll('p, small, aside')).find((p) => {
    const text = textOf(p);
    return text.length < 600 && TAKEAWAYS_NOTE.test(text);
  }) ?? null;
}

/** Finds the takeaways box in `root`, removes it and its note from the page, and returns them. */
export function takeTakeaways(root: Element, removed: RemovedBlock[]): Takeaways | null {
  for (const node of findTextNodes(root, TAKEAWAYS_HEADING)) {
    const heading = elementHoldingOnly(node);
    const found = heading && boxUnder(heading);
    if (!found) continue;
    const items = listItems(found.list);
    const noteEl = findNote(root);
    const note = noteEl ? textOf(noteEl) : null;
    for (const el of found.box ? [found.box] : [found.heading, found.list]) el.remove();
    removed.push({ reason: 'takeaways box (shown in its own box)', text: snippet(items.join(' ')) });
    if (noteEl) {
      noteEl.remove();
      removed.push({ reason: 'takeaways disclosure (shown as a note under the box)', text: snippet(note ?? '') });
    }
    return { heading: normalizeSpace(textOf(found.heading).replace(/:$/, '')), items, note };
  }
  return null;
}

const MIN_HEADLINE_LIST_ITEMS = 2;
/** How far past the headline a summary list may sit (byline, date and picture come between). */
const MAX_ELEMENTS_AFTER_HEADLINE = 40;

/** A short bullet list right under the headline, before the story starts, with no heading of its
 * own (many sites set their summary so). */
export function takeListUnderHeadline(root: Element, removed: RemovedBlock[]): Takeaways | null {
  const headline = root.getElementsByTagName('h1')[0]; // the first is enough: no need to list them all
  if (!headline) return null;
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_ELEMENTS_AFTER_HEADLINE; node = walker.nextNode(), seen++) {
    const el = node as Element;
    if (headline.contains(el)) continue;
    if (el.localName === 'p' && textOf(el).length >= 100) return null; // the story has begun
    if ((el.localName === 'ul' || el.localName === 'ol') && !el.closest('nav, footer')) {
      // Without a heading to vouch for it, a list must read as sentences to be a summary (byline,
      // share and date lists sit under headlines too).
      const items = listItems(el);
      const sentences = items.every((item) => item.length >= 30 && item.length <= MAX_ITEM_CHARS && item.split(/\s+/).length >= 6);
      if (!sentences || items.length < MIN_HEADLINE_LIST_ITEMS || items.length > 6 || linkDensity(el) > 0.1) continue;
      el.remove();
      removed.push({ reason: 'summary list under the headline (shown in its own box)', text: snippet(items.join(' ')) });
      return { heading: 'Summary', items, note: null };
    }
  }
  return null;
}

/** The publisher's schema.org `abstract`, when the page has no summary box. */
export function abstractTakeaways(abstract: string | null): Takeaways | null {
  return abstract ? { heading: 'Summary', items: [abstract], note: null } : null;
}
