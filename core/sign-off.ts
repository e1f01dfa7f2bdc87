/** Wire-story sign-offs ("Reporting by …; Editing by …") are part of the story a reader copies,
 * but Readability drops them: they are short and often sit just outside the body's container.
 * Noted before Readability runs, put back at the end of the body if it lost them. */
import { findTextNodes, textLengthAtMost, textOf } from './dom';

export const SIGN_OFF = /^[([]?((additional )?reporting|writing|editing|compiled|research|translated)( and \w+)? by\b/i;
const MAX_SIGN_OFF_CHARS = 300;

export function findSignOff(root: Element): string | null {
  const lines = findTextNodes(root, SIGN_OFF)
    .map((node) => node.parentElement?.closest('p, div, span'))
    .filter(
      (line): line is Element => !!line && textLengthAtMost(line, MAX_SIGN_OFF_CHARS) && !line.querySelector('p, div'),
    );
  return lines.length ? textOf(lines[lines.length - 1]) : null;
}

export function restoreSignOff(body: Element, signOff: string | null): void {
  if (!signOff || textOf(body).includes(signOff)) return;
  const paragraph = body.ownerDocument.createElement('p');
  paragraph.textContent = signOff;
  body.append(paragraph);
}
