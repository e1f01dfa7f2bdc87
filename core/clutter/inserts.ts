/** Lines inside the story that point elsewhere: "SEE MORE: …", "Related: …",
 * "On HoustonChronicle.com: …", and an e-mail address or social handle on a line of its own. */
import type { ClutterRule } from './rule';
import { textLengthAtMost, textOf } from '../dom';
import { parentsOf } from './rule';

export const READ_MORE_LINE =
  /^((see|read|watch|listen to) (more|also|next)|related( (stories|story|articles?|coverage|content|reading))?|more( (stories|coverage|on this))?|also read|recommended( reading)?|trending|most read|editor'?s pick|on [a-z0-9.-]+\.[a-z]{2,6})\s*[:|›»>-]\s*\S/i;
/** An author's e-mail or social profile on a line of its own. (A bare link is often a source the
 * story cites, so it stays.) */
export const CONTACT_LINE = /^([\w.+-]+@[\w-]+(\.[\w-]+)+|(twitter|x|instagram|facebook|linkedin)\.com\/\w+|@\w{2,30})$/i;
/** How such a line starts (its link may be a separate text node): only these lines are read whole. */
const INSERT_START = /^((see|read|watch|listen to) (more|also|next)|related|more|also read|recommended|trending|most read|editor'?s pick|on [a-z0-9.-]+\.[a-z]{2,6})\b/i;
const MAX_INSERT_CHARS = 250;
const LINE_TAGS = 'p, li, div, h2, h3, h4, h5, h6';

export const readMoreInserts: ClutterRule = {
  reason: 'read-more insert or contact line',
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => text.length <= MAX_INSERT_CHARS && (INSERT_START.test(text) || CONTACT_LINE.test(text))))
      .map((el) => el.closest(LINE_TAGS) ?? el)
      .filter((line) => {
        if (!textLengthAtMost(line, MAX_INSERT_CHARS)) return false;
        const text = textOf(line);
        return READ_MORE_LINE.test(text) || CONTACT_LINE.test(text);
      }),
};
