/** A comment section the extraction let through: a block named for comments ("comments",
 * "kommentare", "respond", "disqus") that holds the comment form or a comment count. Long threads
 * are Readability's to drop; this takes the short ones ("0 Kommentare · Keine Kommentare · Schreibe
 * einen Kommentar"). */
import type { ClutterRule } from './rule';
import { namedMatching } from './rule';

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
