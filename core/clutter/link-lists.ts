/** Lists of other stories and topic links: "Most recent World stories", "Related topics",
 * "Mehr zum Thema", "Lire aussi". Found by the heading over a block that is mostly links. */
import type { ClutterRule } from './rule';
import { holdsArticleProse, parentsOf } from './rule';
import { linkDensity, textLengthAtMost, textOf } from '../dom';
import { STORY_LIST_HEADINGS } from '../vocabulary/clutter';
import { wholeTextPattern } from '../vocabulary';

export const STORY_LIST_HEADING = wholeTextPattern(STORY_LIST_HEADINGS);

const MAX_LIST_CHARS = 3000;

/** A paragraph with no link at all is a story's, not a list's (a paywalled page may show just one). */
function holdsUnlinkedParagraph(el: Element): boolean {
  return Array.from(el.querySelectorAll('p')).some((p) => !textLengthAtMost(p, 100) && p.querySelector('a') === null);
}

/** The block a story-list heading stands over: climb while what we hold stays a list of links. */
function listBlock(heading: Element, root: Element): Element {
  let block = heading;
  for (let cur = heading.parentElement; cur && cur !== root && cur.tagName !== 'BODY'; cur = cur.parentElement) {
    if (!textLengthAtMost(cur, MAX_LIST_CHARS) || holdsArticleProse(cur) || holdsUnlinkedParagraph(cur)) break;
    const total = textOf(cur).length;
    const rest = total - textOf(heading).length;
    if (rest > 0 && linkDensity(cur) * total < rest * 0.6) break;
    block = cur;
  }
  return block;
}

/** A heading set as its own paragraph ("You may also like…") with the list as the paragraphs after
 * it: those following paragraphs that are all link go with it. */
function linkParagraphsAfter(block: Element): Element[] {
  const list: Element[] = [];
  for (let next = block.nextElementSibling; next && list.length < 12; next = next.nextElementSibling) {
    if (isListOfLinks(next)) return [...list, next];
    if (!textLengthAtMost(next, 600) || !textOf(next) || linkDensity(next) < 0.6) break;
    list.push(next);
  }
  return list;
}

/** Under such a heading, a list whose every item is a short line with a link ("Paid ads are not
 * the problem. <a>Our perceptions are</a>") is the list of stories, however little of it is link. */
function isListOfLinks(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = Array.from(el.children);
  return (
    items.length > 0 &&
    items.every((item) => item.tagName === 'LI' && item.querySelector('a') !== null && textLengthAtMost(item, 200))
  );
}

function isProse(el: Element | null): boolean {
  return el !== null && !textLengthAtMost(el, 100) && linkDensity(el) < 0.3;
}

export const storyLists: ClutterRule = {
  reason: 'list of other stories or topics',
  scope: 'page',
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => text.length < 80 && STORY_LIST_HEADING.test(text)))
      .filter((heading) => heading.closest('a') === null)
      .flatMap((heading) => {
        const block = listBlock(heading, context.root);
        if (block.querySelector('a') !== null) return [block];
        // A heading without its list: the list is the link paragraphs after it; a heading that
        // stands over prose is the article's own subheading, whatever it says.
        const list = linkParagraphsAfter(block);
        return list.length || !isProse(block.nextElementSibling) ? [block, ...list] : [];
      }),
  examples: {
    removes: [
      '<section><h2>Most recent World stories</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></section>',
      '<div><h3>Related topics</h3><a href="/t">World</a> <a href="/p">Politics</a></div>',
      '<p>You may also like...</p><p><a href="/a">Who will make the Rock Hall?</a></p><p><a href="/b">Fan vote results</a></p>',
      '<div><h4>Mehr zum Thema</h4><ul><li><a href="/x">Wie die Stadt spart</a></li><li><a href="/y">Neue Pläne für den Hafen</a></li></ul></div>',
      '<aside><h3>À lire aussi</h3><a href="/z">Le budget de la ville en hausse</a></aside>',
      '<div class="heading">More Great Example Stories</div><ul><li>Paid ads are not the problem. <a href="/a">Our perceptions are</a></li><li>Could an astronaut <a href="/b">use gravity to get around</a>?</li></ul>',
    ],
    keeps: [
      '<section><h2>Related coverage</h2><p>The council has been debating the plan since March, when the first draft of the budget was published and residents objected to the cuts, as our earlier <a href="/a">report</a> showed.</p><p>Officials said on Tuesday that the second draft would be ready within weeks, describing a timetable that several members called unrealistic.</p></section>',
    ],
  },
};
