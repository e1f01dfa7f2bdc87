/** Why a page that looks empty to Pith may not be: its content is somewhere Pith does not read.
 * Asked only when extraction found nothing, so that the message can say where the text is instead
 * of "no text". */
import type { ProblemKind } from './article';
import { normalizeSpace, visibleTextOf } from './dom';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Less own text than this, next to frames or shadow roots, means the content is in those. */
const LITTLE_TEXT = 200;

export function hiddenContentKind(doc: Document): ProblemKind | null {
  if (doc.documentElement?.namespaceURI !== XHTML) return 'not-html';
  const ownText = doc.body ? visibleTextOf(doc.body).length : 0;
  if (ownText >= LITTLE_TEXT) return null;
  if (doc.querySelector('frameset, frame, iframe')) return 'frames';
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (normalizeSpace(el.shadowRoot?.textContent ?? '')) return 'shadow-dom';
  }
  return null;
}
