/** The publisher's own summary box found by its heading text and shape — a short heading
 * ("Key takeaways", "Key Points", "Das Wichtigste in Kürze", …) followed by a short list — not by
 * any one site's classes. */
import type { RemovedBlock, Takeaways } from '../article';
import { findTextNodes, follows, linkDensity, normalizeSpace, textOf } from '../dom';
import { wholeTextPattern } from '../vocabulary';
import { TAKEAWAY_HEADINGS } from '../vocabulary/takeaways';
import { listItems, MAX_ITEM_CHARS, MAX_ITEMS } from './items';
import { elementHoldingOnly } from './note';
import { takeOut } from './take-out';

/** A heading publishers put over a bullet summary, in any of the vocabulary's languages. */
export const TAKEAWAYS_HEADING = wholeTextPattern(TAKEAWAY_HEADINGS, '\\s*:?');

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
  for (
    let node = walker.nextNode();
    node && !list.contains(node) && length <= MAX_TEXT_BETWEEN;
    node = walker.nextNode()
  ) {
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

/** Finds the takeaways box in `root`, removes it and its note from the page, and returns them.
 * `headings`: the texts that match TAKEAWAYS_HEADING, when the caller has found them already. */
export function takeTakeaways(
  root: Element,
  removed: RemovedBlock[],
  headings = findTextNodes(root, TAKEAWAYS_HEADING),
): Takeaways | null {
  for (const node of headings) {
    const heading = elementHoldingOnly(node);
    const found = heading && boxUnder(heading);
    if (!found) continue;
    return takeOut(
      root,
      {
        heading: normalizeSpace(textOf(found.heading).replace(/:$/, '')),
        items: listItems(found.list),
        elements: found.box ? [found.box] : [found.heading, found.list],
        reason: 'takeaways box (shown in its own box)',
      },
      removed,
    );
  }
  return null;
}
