/** A block that holds only a date or time, with its labels ("November 19, 2019 at 9:45 am",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05", "segunda-feira, 22 de janeiro de 2018 às 0:13")
 * is page furniture: the date is in the article's header, not its text. Read by taking away every
 * date word (in the languages of core/vocabulary); if nothing is left, it was a date line. Only an element whose *whole* text is a date
 * line goes: a date-only fragment inside a paragraph ("…on <a>6 February 1840</a>.") is prose. */
import type { ClutterRule } from './rule';
import { textLengthAtMost, textOf } from '../dom';
import { DATE_LABELS, MONTHS, WEEKDAYS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

const MONTH_NAMES = alternation(MONTHS);
const ZONES = '[ecmp][sd]?t|utc|gmt|bst|cet|cest|mez|mesz|ist|aest|aedt|z';
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const DATE_WORD = new RegExp(
  `${START}(${MONTH_NAMES}|${alternation(WEEKDAYS)}|${alternation(DATE_LABELS)}|${ZONES}|[ap]\\.?m\\.?|\\d{1,2}h\\d{2}|\\d{1,4}(st|nd|rd|th|am|pm|h|º|ª)?)${END}`,
  'giu',
);
const HAS_DATE = new RegExp(
  `${START}(${MONTH_NAMES})${END}|\\d{1,2}[:h]\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`,
  'iu',
);
/** Elements that can be a line of their own; a date inside a sentence's <a> or <time> is not one. */
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'SPAN',
  'TIME',
  'LI',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SMALL',
  'HEADER',
  'DD',
  'DT',
]);

export function isDateLine(text: string): boolean {
  if (text.length > 90 || !HAS_DATE.test(text) || !/\d/.test(text)) return false;
  return text.replace(DATE_WORD, '').replace(/[\s,;:|.\-/–—()]+/g, '') === '';
}

/** The date and its labels are often separate elements ("PUBLISHED: <time>…</time> | UPDATED: …"):
 * take the largest block around the date that is still nothing but a date line. */
function wholeDateLine(el: Element, root: Element): Element {
  let line = el;
  for (
    let cur = el.parentElement;
    cur && cur !== root && textLengthAtMost(cur, 90) && isDateLine(textOf(cur));
    cur = cur.parentElement
  ) {
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
      '<div>segunda-feira, 22 de janeiro de 2018 às 0:13</div>',
      '<span>Veröffentlicht am 3. März 2021 um 14:05 Uhr</span>',
      '<p>Publié le 12 août 2019 à 14h30</p>',
    ],
    keeps: [
      '<p>The treaty was signed by the chiefs on <a href="/w">6 February 1840</a>.</p>',
      '<p>July 2009<br>How to start a startup: the first thing is to make something people want.</p>',
      '<pre>Network Working Group                                  June 2005</pre>',
      '<p>The vote on November 19, 2019 passed easily.</p>',
      '<p>El 3 de mayo de 2019 el alcalde firmó el decreto.</p>',
    ],
  },
};
