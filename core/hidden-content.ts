/** Why a page that looks empty to Pith may not be: its content is somewhere Pith does not read.
 * Asked only when extraction found nothing, so that the message can say where the text is instead
 * of "no text". */
import type { ProblemKind } from './article';
import { normalizeSpace } from './dom';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Less own text than this, next to frames or shadow roots, means the content is in those. */
const LITTLE_TEXT = 200;

const NOT_READABLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Length of the text a reader could see in `root` (scripts and styles left out). */
function readableTextLength(root: Element | null): number {
  if (!root) return 0;
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!NOT_READABLE.has(node.parentElement?.tagName.toUpperCase() ?? '')) length += normalizeSpace(node.nodeValue ?? '').length;
  }
  return length;
}

export function hiddenContentKind(doc: Document): ProblemKind | null {
  if (doc.documentElement?.namespaceURI !== XHTML) return 'not-html';
  const ownText = readableTextLength(doc.body);
  if (ownText >= LITTLE_TEXT) return null;
  if (doc.querySelector('frameset, frame, iframe')) return 'frames';
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (normalizeSpace(el.shadowRoot?.textContent ?? '')) return 'shadow-dom';
  }
  return null;
}
