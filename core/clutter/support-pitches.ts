/** A publisher's appeal for support under the story: "Apoya el periodismo incómodo … Únete",
 * "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "If you enjoyed reading this post – would you
 * consider supporting our work? Just click here". A short text that starts with the appeal, and the
 * small block around it with its call to action (a link or a button); never a block that is much of
 * the page's text. */
import type { ClutterRule } from './rule';
import { parentsOf, widgetAround } from './rule';
import { textLengthAtMost, textOf } from '../dom';
import { SUPPORT_PITCHES } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

export const SUPPORT_PITCH = new RegExp(`^[¡¿]?(${alternation(SUPPORT_PITCHES)})`, 'iu');
/** The appeal is a heading or a sentence of its own: a longer text is a sentence of the story that
 * happens to start so (and a quoted slogan starts with its quotation mark). */
const MAX_LINE_CHARS = 120;
const MAX_PITCH_CHARS = 700;

export const supportPitches: ClutterRule = {
  reason: 'support appeal',
  scope: 'page',
  find: (context) => {
    const starts = context.shortTexts.filter(({ text }) => text.length <= MAX_LINE_CHARS && SUPPORT_PITCH.test(text));
    if (!starts.length) return [];
    const pageChars = textOf(context.root).length;
    return parentsOf(starts)
      .filter((el) => el.closest('blockquote, q') === null)
      .map((el) => widgetAround(el, MAX_PITCH_CHARS, context.root))
      .filter(
        (block) =>
          block.querySelector('a, button') !== null &&
          textLengthAtMost(block, MAX_PITCH_CHARS) &&
          textOf(block).length * 3 < pageChars,
      );
  },
  examples: {
    removes: [
      '<div class="box"><div><strong>Apoya el periodismo incómodo</strong></div>Únete a nuestra comunidad de lectores que con su membresía garantizan nuestra sostenibilidad.<div><a href="/apoyo">Apoya a El Faro</a></div></div>',
      '<div><p>Hacemos periodismo desde hace 106 años.<br><strong>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</strong></p><a href="/m">Hágase miembro ahora</a></div>',
      '<p>If you enjoyed reading this post – would you consider supporting our work? Just click <a href="/s">here</a>. Thanks!</p>',
      '<div><p>Werden Sie Mitglied und sichern Sie unabhängigen Journalismus.</p><button>Jetzt unterstützen</button></div>',
    ],
    keeps: [
      '<p>“Support independent journalism,” read the banner the students carried to the ministry, where they handed in a petition signed by <a href="/p">four thousand readers</a> of the closed paper.</p>',
      '<p>Support our journalism, the editor wrote in a letter to subscribers on Sunday, and the foundation will match every donation made before the end of the year.</p>',
      '<p>Readers who want to support our journalism can do so through the foundation, the editor wrote in a letter to subscribers that was published on Sunday with the annual accounts.</p>',
    ],
  },
};
