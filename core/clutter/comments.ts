/** A comment section the extraction let through: a block named for comments ("comments",
 * "kommentare", "respond", "disqus") that holds the comment form or a comment count. Long threads
 * are Readability's to drop; this takes the short ones ("0 Kommentare · Keine Kommentare · Schreibe
 * einen Kommentar"). And the lines a comment box shows without its form: "You must be logged in to
 * post a comment", "Kommentare insgesamt: 0". */
import type { ClutterRule } from './rule';
import { namedMatching, parentsOf } from './rule';
import { textLengthAtMost, textOf } from '../dom';
import { COMMENT_PROMPTS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

const COMMENTS_CLASS =
  /(^|[\s_-])(comments?|kommentare?|commentaires?|comentarios?|commenti|coment[aá]rios?|reacties|respond|disqus(_thread)?)([\s_-]|$)/;
const MAX_SECTION_CHARS = 1500;

export const commentSections: ClutterRule = {
  reason: 'comment section',
  scope: 'page',
  find: (context) =>
    namedMatching(context, COMMENTS_CLASS, MAX_SECTION_CHARS).filter(
      (el) => el.querySelector('form, textarea, input') !== null && !el.querySelector('h1'),
    ),
  examples: {
    removes: [
      '<section class="kommentare"><h2>0 Kommentare</h2><p>Keine Kommentare (Kommentare erscheinen erst nach Freigabe)</p><form><textarea></textarea><button>Senden</button></form></section>',
    ],
    keeps: [
      '<div class="comment-piece"><p>Our columnist argues that the city should rethink the plan before the vote, and that the cost has been understated from the start.</p></div>',
    ],
  },
};

export const COMMENT_PROMPT = new RegExp(`^(${alternation(COMMENT_PROMPTS)})`, 'iu');
const MAX_PROMPT_CHARS = 200;
const LINE_TAGS = 'p, li, div, td, dd, h3, h4, h5, h6';
/** How such a line starts: only lines that start so are read whole. */
const PROMPT_START =
  /^(you|please|log|sign|comments|total|du|sie|um|die|kommentare|vous|les|debes|los|devi|i|você|os|je|reageren)(?![\p{L}])/iu;

/** The whole short line that starts with a comment box's prompt (its words may sit in several text
 * nodes, a link among them, so the line is read whole); a sentence that only quotes one stays. */
export const commentPrompts: ClutterRule = {
  reason: 'comment prompt',
  scope: 'page',
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => text.length <= MAX_PROMPT_CHARS && PROMPT_START.test(text)))
      .map((el) => el.closest(LINE_TAGS))
      .filter((line): line is Element => {
        if (!line || !textLengthAtMost(line, MAX_PROMPT_CHARS) || line.querySelector('p, div, li')) return false;
        return COMMENT_PROMPT.test(textOf(line));
      }),
  examples: {
    removes: [
      '<p>Du musst <a href="/login">Eingeloggt</a> sein um Kommentare zu schreiben! oder noch gar nicht <a href="/reg">Registriert</a>?</p>',
      '<div><p>Sie sind aktuell nicht eingeloggt.</p><p>Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.</p></div>',
      '<p>Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.</p>',
      '<table><tr><td>Kommentare insgesamt: 0</td></tr></table>',
      '<p>You must be <a href="/wp-login.php">logged in</a> to post a comment.</p>',
    ],
    keeps: [
      '<p>Comments are closed, the minister said, and residents who want to object will have to write to the council by post.</p>',
      '<p>The site said you must be logged in to post a comment, a rule the court found lawful.</p>',
    ],
  },
};
