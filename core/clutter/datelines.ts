/** A block that holds only a date or time ("November 19, 2019 at 9:45 am", "Updated 3:02 PM EST")
 * is page furniture: the date is in the article's header, not its text. */
import type { ClutterRule } from './rule';
import { parentsOf } from './rule';

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?(\\s*[A-Z]{2,4})?';
const DATE = `(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
export const DATE_ONLY = new RegExp(
  `^((published|posted|updated|last updated|first published)( on| at)?:?\\s*)?(\\w+day,?\\s+)?${DATE}(,?\\s*(at\\s*)?${TIME})?$|^((published|posted|updated)\\s*(on|at)?:?\\s*)?${TIME}(,?\\s*${DATE})?$`,
  'i',
);

export const datelines: ClutterRule = {
  reason: 'date line',
  find: (context) => parentsOf(context.shortTexts.filter(({ text }) => text.length < 80 && DATE_ONLY.test(text))),
};
