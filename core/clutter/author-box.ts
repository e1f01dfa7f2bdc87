/** An author's bio box under the story: a heading such as "About the author" / "Über den Autor"
 * over a short block (a picture, a line or two, links to profiles), or a short block the page
 * itself names an author box ("author-bio", "author-box", "about-the-author"). */
import type { ClutterRule } from './rule';
import { namedMatching, widgetAround } from './rule';
import { textLengthAtMost } from '../dom';
import { AUTHOR_BOX_HEADINGS } from '../vocabulary/clutter';
import { wholeTextPattern } from '../vocabulary';

export const AUTHOR_BOX_HEADING = wholeTextPattern(AUTHOR_BOX_HEADINGS);
const MAX_BOX_CHARS = 700;
const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION']);
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'SPAN', 'DIV', 'P']);
/** Class or id of a bio box: "author-bio", "authorbox", "about-the-author", "autorenbox", "author-info"
 * ("author" alone is a byline's name). */
const AUTHOR_BOX_CLASS =
  /(^|[\s_-])(author-?(bio|box|info|card|profile|about|description)|about-?(the-?)?authors?|autor(en)?-?(box|info|bio)|bio-?box)([\s_-]|$)/;

export const authorBoxes: ClutterRule = {
  reason: 'author bio box',
  scope: 'page',
  find: (context) => [
    ...namedMatching(context, AUTHOR_BOX_CLASS, MAX_BOX_CHARS).filter((el) => !el.querySelector('h1')),
    ...context.shortTexts
      .filter(
        ({ node, text }) =>
          text.length < 60 && AUTHOR_BOX_HEADING.test(text) && HEADING_TAGS.has(node.parentElement?.tagName ?? ''),
      )
      .map(({ node }) => node.parentElement as Element)
      // The heading alone, over prose too long to be a bio box: the essay's own section.
      .flatMap((heading) => {
        const box = widgetAround(heading, MAX_BOX_CHARS, context.root);
        if (box !== heading) return [box];
        // A heading set before the box, as its sibling: the box is a container, not a paragraph of prose.
        const next = heading.nextElementSibling;
        return next && BOX_TAGS.has(next.tagName) && textLengthAtMost(next, MAX_BOX_CHARS) ? [heading, next] : [];
      }),
  ],
  examples: {
    removes: [
      '<div class="bio"><h4>Über den Autor</h4><p>Max Muster schreibt seit 2010 über Verkehr und Stadtplanung.</p></div>',
      '<div style="font-weight:bold">About the author</div><div class="box"><img src="a.jpg"><p>Max writes about trains.</p><a href="/max">All posts</a></div>',
      '<section class="author-bio"><img src="a.jpg"><p>Als Content Marketing Managerin betreue ich den Blog rund um die Themen Sekretariat und Assistenz.</p></section>',
      '<div id="mvp-author-box-wrap"><p>Senior Editor. You can keep up with me on Twitter: <a href="/t">@max</a></p></div>',
    ],
    keeps: [
      '<p class="author">By Max Muster</p>',
      '<section><h2>About the author</h2><p>She grew up in the valley her novel describes, and she has returned to it in every book since, always asking what the dam took from the families who lived there.</p><p>Her new book, out this week, is the first to tell the story from the side of the engineers who built it and the town that grew around them.</p></section>',
    ],
  },
};
