/** Buttons and links that act on the page rather than say anything: "Save Story", "Share",
 * "Drucken", "Volver", "Listen to this article". Found by their whole label, whatever the markup. */
import type { ClutterRule } from './rule';
import { textsMatching } from './rule';
import { textOf } from '../dom';
import { CONTROL_LABELS } from '../vocabulary/clutter';
import { wholeTextPattern } from '../vocabulary';

export const CONTROL_LABEL = wholeTextPattern(CONTROL_LABELS, '\\s*[:.…!?]*');

const CONTROL_TAGS = new Set(['BUTTON', 'A', 'LABEL']);

export const pageControls: ClutterRule = {
  reason: 'page control (save, share, print button)',
  scope: 'page',
  find: (context) =>
    textsMatching(context, CONTROL_LABEL).map((el) => {
      // The label often sits in a <span> inside the real <button>; take the control and its empty wrappers.
      let control = el;
      for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
        if (CONTROL_TAGS.has(cur.tagName) || cur.getAttribute('role') === 'button') control = cur;
      }
      const label = textOf(control);
      while (
        control.parentElement &&
        control.parentElement !== context.root &&
        textOf(control.parentElement) === label
      ) {
        control = control.parentElement;
      }
      return control;
    }),
  examples: {
    removes: [
      '<div class="tools"><button type="button"><svg></svg><span>Save Story</span></button><a href="#">Print this article</a></div>',
      '<div><span>Image 1 of 9</span><button>Close</button><a href="#">Join the conversation...</a><a href="#">Report Error</a></div>',
      '<div><a href="#">Teilen</a> <a href="#">Drucken</a></div>',
      '<p><a href="/list">zurück zur Listenansicht</a></p>',
      '<div class="rating"><span>Valora esta noticia</span></div>',
      '<div class="loading"><span>Lade weitere Inhalte ...</span></div>',
    ],
    keeps: ['<p>Share prices fell sharply on Monday after the report.</p>', '<p>Next, the council will vote.</p>'],
  },
};
