/** Buttons and links that act on the page rather than say anything: "Save Story", "Share",
 * "Print", "Listen to this article". Found by their label, whatever the markup. */
import type { ClutterRule } from './rule';
import { textsMatching } from './rule';
import { textOf } from '../dom';

export const CONTROL_LABEL =
  /^(save( (the )?(story|article|for later|to read later))?|saved|bookmark( (this|story|article))?|share( this)?( (story|article))?|print( this)?( (story|article))?|email( this)?( (story|article))?|copy link|gift( this)? article|listen( to (this )?(story|article))?|follow|read later|comments?|\d+ comments?|comments? \(\d+\)|view comments|show comments|(image|photo|picture|slide) \d+ (of|\/) ?\/? ?\d+|caption|show caption|hide caption|close|expand|enlarge|full ?screen|next|previous|prev|back to top|view (gallery|slideshow)|launch (gallery|slideshow)|tell us what you think\W*|leave a (comment|reply)|add a comment|join the (conversation|discussion)\W*|report (an )?(error|typo)|report a correction)$/i;

const CONTROL_TAGS = new Set(['BUTTON', 'A', 'LABEL']);

export const pageControls: ClutterRule = {
  reason: 'page control (save, share, print button)',
  find: (context) =>
    textsMatching(context, CONTROL_LABEL).map((el) => {
      // The label often sits in a <span> inside the real <button>; take the control and its empty wrappers.
      let control = el;
      for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
        if (CONTROL_TAGS.has(cur.tagName) || cur.getAttribute('role') === 'button') control = cur;
      }
      const label = textOf(control);
      while (control.parentElement && control.parentElement !== context.root && textOf(control.parentElement) === label) {
        control = control.parentElement;
      }
      return control;
    }),
};
