/** Newsletter and subscription sign-ups: a line about subscribing, in a small block that also holds
 * the sign-up itself — an e-mail field, a form, or a button or link that says "Subscribe". A block
 * with any other button (a code sample's "Copy") is not a sign-up. */
import type { ClutterRule } from './rule';
import { textsMatching, widgetAround } from './rule';
import { textOf } from '../dom';
import { SIGNUP_WORDS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

export const NEWSLETTER_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(SIGNUP_WORDS)})(?![\\p{L}\\p{N}])`, 'iu');

const MAX_SIGNUP_CHARS = 900;
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[placeholder*="mail" i], input[id*="mail" i]';

function holdsSignup(widget: Element): boolean {
  if (widget.querySelector('pre, code, table')) return false;
  if (widget.tagName === 'FORM' || widget.querySelector(`form, ${EMAIL_FIELD}`)) return true;
  return Array.from(widget.querySelectorAll('button, a, [role="button"], input[type="submit" i]')).some((control) =>
    NEWSLETTER_PATTERN.test(textOf(control) || control.getAttribute('value') || ''),
  );
}

export const newsletterSignups: ClutterRule = {
  reason: 'newsletter signup',
  scope: 'page',
  find: (context) =>
    // A link that says "Newsletters" is a menu item, not a signup (menus go with the navigation rule).
    [...new Set(textsMatching(context, NEWSLETTER_PATTERN).filter((el) => !el.closest('a, pre, code')))]
      .map((el) => widgetAround(el, MAX_SIGNUP_CHARS, context.root))
      .filter(holdsSignup),
  examples: {
    removes: [
      '<section class="promo"><h3>STAY IN THE KNOW</h3><p>Get stories delivered to your inbox weekly.</p><form><input type="email"><button>Newsletter Signup</button></form></section>',
      '<div><p>Der Newsletter: jeden Morgen die wichtigsten Nachrichten.</p><a class="btn" href="/nl">Jetzt abonnieren</a></div>',
    ],
    keeps: [
      '<div><p>To subscribe to updates, run this command and check your inbox:</p><pre><code>npm run subscribe</code></pre><button>Copy</button></div>',
      '<div><p>Readers who subscribe to the paper will see a new layout next week.</p><button>Play</button></div>',
    ],
  },
};
