/** Newsletter and subscription sign-ups: a line about subscribing, next to a form or a button. */
import type { ClutterRule } from './rule';
import { textsMatching, widgetAround } from './rule';

export const NEWSLETTER_PATTERN =
  /\b(newsletters?|subscribe|subscribing|sign ?up|signup|inbox|stay in the know|get (the|our) (latest|best)|delivered to your (inbox|email))\b/i;

const MAX_SIGNUP_CHARS = 900;

export const newsletterSignups: ClutterRule = {
  reason: 'newsletter signup',
  find: (context) =>
    // A link that says "Newsletters" is a menu item, not a signup (menus go with the navigation rule).
    [...new Set(textsMatching(context, NEWSLETTER_PATTERN).filter((el) => !el.closest('a')))]
      .map((el) => widgetAround(el, MAX_SIGNUP_CHARS, context.root))
      .filter((widget) => widget.querySelector('form, input, button') !== null || widget.tagName === 'FORM'),
};
