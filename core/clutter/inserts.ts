/** Lines inside the story that point elsewhere: "SEE MORE: …", "Related: …", "Lesen Sie auch: …",
 * "On HoustonChronicle.com: …", and an e-mail address or social handle on a line of its own. */
import type { ClutterRule } from './rule';
import { textLengthAtMost, textOf } from '../dom';
import { parentsOf } from './rule';
import { READ_MORE_LABELS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

/** A label, a separator, then the link: the whole line. */
export const READ_MORE_LINE = new RegExp(`^(${alternation(READ_MORE_LABELS)})\\s*[:|›»>-]\\s*\\S`, 'iu');
/** An author's e-mail or social profile on a line of its own. (A bare link is often a source the
 * story cites, so it stays.) */
export const CONTACT_LINE =
  /^((write to|contact|email) .{1,60} at )?([\w.+-]+@[\w-]+(\.[\w-]+)+|(twitter|x|instagram|facebook|linkedin)\.com\/\w+|@\w{2,30})\.?$/i;
/** "Also on example.com <linked headline>": a pointer to the site's own story, with no separator. */
const ALSO_ON_LINE = /^also on [a-z0-9.-]+\.[a-z]{2,6}\s+\S/i;
/** How such a line starts (its link may be a separate text node): only these lines are read whole. */
const CONTACT_START = /^(write to|contact|email) .{1,60} at\b/i;
const INSERT_START = new RegExp(`^(${alternation(READ_MORE_LABELS)})(?![\\p{L}\\p{N}])`, 'iu');
const MAX_INSERT_CHARS = 250;
const LINE_TAGS = 'p, li, div, h2, h3, h4, h5, h6';

export const readMoreInserts: ClutterRule = {
  reason: 'read-more insert or contact line',
  scope: 'page',
  find: (context) =>
    parentsOf(
      context.shortTexts.filter(
        ({ text }) =>
          text.length <= MAX_INSERT_CHARS &&
          (INSERT_START.test(text) || CONTACT_START.test(text) || CONTACT_LINE.test(text)),
      ),
    )
      .map((el) => el.closest(LINE_TAGS) ?? el)
      .filter((line) => {
        if (!textLengthAtMost(line, MAX_INSERT_CHARS)) return false;
        const text = textOf(line);
        // The pointer is a link: a line that only starts like one ("More: the council said…") is prose.
        return (
          ((READ_MORE_LINE.test(text) || ALSO_ON_LINE.test(text)) && line.querySelector('a') !== null) ||
          CONTACT_LINE.test(text)
        );
      }),
  examples: {
    removes: [
      '<p><strong>SEE MORE</strong>: <a href="/x">Another story entirely</a></p>',
      '<p>On HoustonChronicle.com: <a href="/y">Car sales plunge</a></p>',
      '<p>paul.t@example.com</p><p>twitter.com/paul</p>',
      '<p>Write to Al Root at allen.root@example.com</p>',
      '<p>Also on example.com <a href="/n">Journalists threatened with arrest as the purge goes on</a></p>',
      '<p><b>LE PUEDE INTERESAR:</b> <a href="/z">La ficha del caso en el tribunal</a></p>',
      '<p>Lesen Sie auch: <a href="/a">Wie die Stadt spart</a></p>',
    ],
    keeps: [
      '<p>http://www.example.org/report.pdf</p>',
      '<p>Related: the council also said it would review the budget next year.</p>',
      '<p>More than 200 people attended the meeting on Tuesday evening.</p>',
    ],
  },
};
