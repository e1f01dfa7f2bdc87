/** The KSL fixture with two blocks added inside the story, as sites have them: an editor's note that
 * Pith's rules leave in (the user hides it with a rule) and a contact line that a clutter rule
 * removes (the user keeps it). Used by the CLI test and the real-browser rules test alike. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const KSL_FIXTURE = 'fixtures/www.ksl.com--sheinbaum-us-military-intervention';
export const EDITOR_NOTE =
  "Editor's note: this story is part of our continuing coverage of relations between Mexico and the United States, updated as talks go on.";
export const CONTACT_LINE = 'Write to Natalia Siniawski at natalia.siniawski@example.com';

export function kslWithExtras(): string {
  const html = readFileSync(resolve(KSL_FIXTURE, 'source.html'), 'utf8');
  const note = `<div class="series-note" data-kind="series"><p>${EDITOR_NOTE}</p></div>\n`;
  const contact = `<p class="contact-line">${CONTACT_LINE}</p>\n`;
  const anchor = '<p>Earlier on Monday,';
  if (!html.includes(anchor)) throw new Error('the KSL fixture changed: no place for the extra blocks');
  return html
    .replace(anchor, `${note}    ${contact}    ${anchor}`)
    .replace('<img src="lead.svg"', `<img src="/${KSL_FIXTURE.split('/')[1]}/lead.svg"`);
}
