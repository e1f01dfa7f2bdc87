/** A block that holds only a date or time, with its labels ("November 19, 2019 at 9:45 am",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05", "Updated Nov 19, 6:55 AM;Posted Nov 19")
 * is page furniture: the date is in the article's header, not its text. Read by taking away every
 * date word; if nothing is left, it was a date line. Only an element whose *whole* text is a date
 * line goes: a date-only fragment inside a paragraph ("…on <a>6 February 1840</a>.") is prose. */
import type { ClutterRule } from './rule';
import { textLengthAtMost, textOf } from '../dom';

const MONTHS = 'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?';
const DAYS = 'mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?';
const LABELS = 'published|posted|updated|last updated|first published|modified|last modified|on|at|and|date|time';
const ZONES = '[ecmp][sd]?t|utc|gmt|bst|cet|cest|ist|aest|aedt|z';
const DATE_WORD = new RegExp(`\\b(${MONTHS}|${DAYS}|${LABELS}|${ZONES}|[ap]\\.?m\\.?|\\d{1,4}(st|nd|rd|th|am|pm|h)?)\\b`, 'gi');
const HAS_DATE = new RegExp(`\\b(${MONTHS})\\b|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'i');
/** Elements that can be a line of their own; a date inside a sentence's <a> or <time> is not one. */
const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'TIME', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'HEADER', 'DD', 'DT']);

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
  scope: 'reader',
  find: (context) => {
    const lines: Element[] = [];
    for (const { node, text } of context.shortTexts) {
      const parent = node.parentElement;
      // A date inside a quote is the quoted post's own (an embedded tweet's signature): it stays.
      if (!parent || !isDateLine(text) || parent.closest('blockquote, pre, code, table')) continue;
      const line = wholeDateLine(parent, context.root);
      if (LINE_TAGS.has(line.tagName) && isDateLine(textOf(line))) lines.push(line);
    }
    return lines;
  },
  examples: {
    removes: [
      '<div>November 19, 2019 at 9:45 am</div><span>Published Monday, November 18, 2019 8:22AM EST</span>',
      '<div>PUBLISHED: <time>10:48, Tue, Nov 19, 2019</time> | UPDATED: <time>11:05, Tue, Nov 19, 2019</time></div>',
      '<p>Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM</p>',
    ],
    keeps: [
      '<p>The treaty was signed by the chiefs on <a href="/w">6 February 1840</a>.</p>',
      '<p>July 2009<br>How to start a startup: the first thing is to make something people want.</p>',
      '<pre>Network Working Group                                  June 2005</pre>',
      '<p>The vote on November 19, 2019 passed easily.</p>',
    ],
  },
};
