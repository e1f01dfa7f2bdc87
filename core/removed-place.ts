/** Where a removed block stood, said in words the reader tab can find again in the body: the end of
 * the text just before it and the start of the text just after it. (The body is rebuilt by
 * Readability and the sanitizer, so a marker element would not survive; its text does.) */
import { normalizeSpace } from './dom';

const SHOW_TEXT = 4;
/** Long enough that two paragraphs rarely share it. */
const ANCHOR_CHARS = 120;
/** The blocks whose text is an anchor: what Readability keeps as it is. */
export const ANCHOR_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd, caption';
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface RemovedPlace {
  after?: string;
  before?: string;
}

/** The text of the block around a text node (or of the node alone when that block holds `el`). */
function anchorText(node: Node, el: Element): string {
  const block = node.parentElement?.closest(ANCHOR_BLOCKS);
  return normalizeSpace(block && !block.contains(el) ? (block.textContent ?? '') : (node.nodeValue ?? ''));
}

function isVisibleText(node: Node): boolean {
  return /\S/.test(node.nodeValue ?? '') && !INVISIBLE.has(node.parentElement?.tagName.toUpperCase() ?? '');
}

/** Call before `el` is removed, with the root it is in. */
export function placeOf(root: Element, el: Element): RemovedPlace {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const place: RemovedPlace = {};
  walker.currentNode = el;
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    if (!isVisibleText(node)) continue;
    const text = anchorText(node, el);
    if (text) place.after = text.slice(-ANCHOR_CHARS);
    break;
  }
  let last: Node = el;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isVisibleText(node) || el.contains(node)) continue;
    const text = anchorText(node, el);
    if (text) place.before = text.slice(0, ANCHOR_CHARS);
    break;
  }
  return place;
}
