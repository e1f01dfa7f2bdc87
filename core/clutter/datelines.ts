/** A block that holds only a date or time, with its labels ("November 19, 2019 at 9:45 am",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05", "Updated Nov 19, 6:55 AM;Posted Nov 19")
 * is page furniture: the date is in the article's header, not its text. Read by taking away every
 * date word; if nothing is left, it was a date line. */
import type { ClutterRule } from './rule';
import { parentsOf } from './rule';
import { textLengthAtMost, textOf } from '../dom';

const MONTHS = 'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?';
const DAYS = 'mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?';
const LABELS = 'published|posted|updated|last updated|first published|modified|last modified|on|at|and|date|time';
const ZONES = '[ecmp][sd]?t|utc|gmt|bst|cet|cest|ist|aest|aedt|z';
const DATE_WORD = new RegExp(`\\b(${MONTHS}|${DAYS}|${LABELS}|${ZONES}|[ap]\\.?m\\.?|\\d{1,4}(st|nd|rd|th|am|pm|h)?)\\b`, 'gi');
const HAS_DATE = new RegExp(`\\b(${MONTHS})\\b|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'i');

export function isDateLine(text: string): boolean {
  if (text.length > 90 || !HAS_DATE.test(text) || !/\d/.test(text)) return false;
  return text.replace(DATE_WORD, '').replace(/[\s,;:|.\-/–—()]+/g, '') === '';
}

/** The date and its labels are often separate elements ("PUBLISHED: <time>…</time> | UPDATED: …"):
 * take the largest block around the date that is still nothing but a date line. */
function wholeDateLine(el: Element, root: Element): Element {
  let line = el;
  for (let cur = el.parentElement; cur && cur !== root && textLengthAtMost(cur, 90) && isDateLine(textOf(cur)); cur = cur.parentElement) {
    line = cur;
  }
  return line;
}

export const datelines: ClutterRule = {
  reason: 'date line',
  // A date inside a quote is the quoted post's own (an embedded tweet's signature): it stays.
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => isDateLine(text)))
      .filter((el) => !el.closest('blockquote'))
      .map((el) => wholeDateLine(el, context.root)),
};
