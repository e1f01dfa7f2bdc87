/** Newsletter and subscription sign-ups: a line about subscribing, in a small block that also holds
 * the sign-up itself — an e-mail field, a form, or a button or link that says "Subscribe". A block
 * with any other button (a code sample's "Copy") is not a sign-up. And a short block the page itself
 * names a newsletter box ("newsletter", "news-letter-section") whose form did not come with it. */
import type { ClutterContext, ClutterRule } from './rule';
import { namedMatching, textsMatching, widgetAround } from './rule';
import { linkDensity, textLengthAtMost, textOf } from '../dom';
import { SIGNUP_WORDS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

export const NEWSLETTER_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(SIGNUP_WORDS)})(?![\\p{L}\\p{N}])`,
  'iu',
);

const MAX_SIGNUP_CHARS = 900;
const NEWSLETTER_CLASS =
  /(^|[\s_-])(newsletter|news-letter|nieuwsbrief)(-?(box|section|block|signup|teaser|widget|container|wrap(per)?|promo|cta|headline))?([\s_-]|$)/;
const MAX_NAMED_CHARS = 400;
const SIGNUP_CONTROL = new RegExp(`^(${alternation(SIGNUP_WORDS)})( (now|today|here|free))?\\s*[!.›»→]*$`, 'iu');
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[placeholder*="mail" i], input[id*="mail" i]';

function holdsSignup(widget: Element): boolean {
  if (widget.querySelector('pre, code, table')) return false;
  if (widget.tagName === 'FORM' || widget.querySelector(`form, ${EMAIL_FIELD}`)) return true;
  return Array.from(widget.querySelectorAll('button, a, [role="button"], input[type="submit" i]')).some((control) =>
    NEWSLETTER_PATTERN.test(textOf(control) || control.getAttribute('value') || ''),
  );
}

/** Says what the sign-up sends: a paragraph that does is part of the sign-up, not prose. */
const ABOUT_THE_SIGNUP = /e-?mails?|alerts?|newsletter|inbox|weekly|daily|every (morning|week|day)/i;

/** A paragraph of prose: a sign-up seeded by its button never takes one. */
function holdsProseParagraph(widget: Element): boolean {
  const paragraphs = widget.tagName === 'P' ? [widget] : Array.from(widget.querySelectorAll('p'));
  return paragraphs.some(
    (p) =>
      !textLengthAtMost(p, 100) &&
      linkDensity(p) < 0.3 &&
      !NEWSLETTER_PATTERN.test(textOf(p)) &&
      !ABOUT_THE_SIGNUP.test(textOf(p)),
  );
}

/** A button or link that is only a sign-up word ("SUBSCRIBE", "Jetzt abonnieren"): the sign-up is the
 * small block around it. */
function signupControls(context: ClutterContext): Element[] {
  return textsMatching(context, SIGNUP_CONTROL)
    .map((el) => el.closest('button, a, [role="button"]'))
    .filter((control): control is Element => control !== null && !control.closest('nav, [role="navigation"], header'))
    .map((control) => widgetAround(control, MAX_SIGNUP_CHARS, context.root))
    .filter((widget) => !holdsProseParagraph(widget) && !widget.querySelector('pre, code, table'));
}

export const newsletterSignups: ClutterRule = {
  reason: 'newsletter signup',
  scope: 'page',
  find: (context) =>
    // A link that says "Newsletters" is a menu item, not a signup (menus go with the navigation rule).
    [...new Set(textsMatching(context, NEWSLETTER_PATTERN).filter((el) => !el.closest('a, pre, code')))]
      .map((el) => widgetAround(el, MAX_SIGNUP_CHARS, context.root))
      .filter(holdsSignup)
      .concat(signupControls(context))
      .concat(
        namedMatching(context, NEWSLETTER_CLASS, MAX_NAMED_CHARS).filter(
          (el) =>
            !el.closest('a, nav, [role="navigation"]') &&
            !holdsProseParagraph(el) &&
            !el.querySelector('pre, code, table, h1'),
        ),
      ),
  examples: {
    removes: [
      '<section class="promo"><h3>STAY IN THE KNOW</h3><p>Get stories delivered to your inbox weekly.</p><form><input type="email"><button>Newsletter Signup</button></form></section>',
      '<div><p>Der Newsletter: jeden Morgen die wichtigsten Nachrichten.</p><a class="btn" href="/nl">Jetzt abonnieren</a></div>',
      '<section class="newsletter"><div class="newsletter__headline headline">Sie wollen mehr von uns?</div></section>',
      '<div><h4>Breaking News Emails</h4><p>Get breaking news alerts and special reports, delivered weekday mornings.</p><a href="/nl">SUBSCRIBE</a></div>',
    ],
    keeps: [
      '<div><p>To subscribe to updates, run this command and check your inbox:</p><pre><code>npm run subscribe</code></pre><button>Copy</button></div>',
      '<div><p>Readers who subscribe to the paper will see a new layout next week.</p><button>Play</button></div>',
      '<div class="newsletter-issue"><p>The council voted on Tuesday to close the old pool, and the swimming club says it will take the decision to court before the summer.</p></div>',
      '<div><p>The paper lost a third of its readers in a year, and its owners are now asking those who remain to pay more for less, a plan the staff oppose.</p><a href="/s">Subscribe</a></div>',
    ],
  },
};
