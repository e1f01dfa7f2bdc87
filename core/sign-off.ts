/** Wire-story sign-offs ("Reporting by …; Editing by …") are part of the story a reader copies,
 * but Readability drops them: they are short and often sit just outside the body's container.
 * Noted before Readability runs, put back at the end of the body if it lost them. */
import { textOf } from './dom';

export const SIGN_OFF = /^[([]?((additional )?reporting|writing|editing|compiled|research|translated)( and \w+)? by\b/i;
const MAX_SIGN_OFF_CHARS = 300;

export function findSignOff(root: Element): string | null {
  const candidates = Array.from(root.querySelectorAll('p, div, span')).filter((el) => {
    const text = textOf(el);
    return text.length <= MAX_SIGN_OFF_CHARS && SIGN_OFF.test(text) && !el.querySelector('p, div');
  });
  return candidates.length ? textOf(candidates[candidates.length - 1]) : null;
}

export function restoreSignOff(body: DocumentFragment, signOff: string | null): void {
  if (!signOff || textOf(body).includes(signOff)) return;
  const paragraph = body.ownerDocument.createElement('p');
  paragraph.textContent = signOff;
  body.append(paragraph);
}
