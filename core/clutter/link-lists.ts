/** Lists of other stories and topic links: "Most recent World stories", "Related topics",
 * "Trending", "Most read", "More from…". Found by the heading over a block that is mostly links. */
import type { ClutterRule } from './rule';
import { holdsArticleProse, parentsOf } from './rule';
import { linkDensity, textLengthAtMost, textOf } from '../dom';

export const STORY_LIST_HEADING =
  /^(most (recent|read|popular|viewed|shared)\b.*|related( (stories|articles|content|coverage|topics|links|news|reading))?|topics|tags|trending( now| stories)?|popular( now| stories)?|recommended( (for you|stories|reading))?|more (stories|news|articles|coverage|videos)( (from|on|in|about)\b.*)?|more (from|on)\b.*|you (may|might) (also )?(like|enjoy|be interested in)|don'?t miss|more to explore|read these next|popular on \w+|what to read next|read (more|next|also)|also read|top stories|latest( (news|stories|headlines))?|editors?'? picks)\s*[:.…!]*$/i;

const MAX_LIST_CHARS = 3000;

/** The block a story-list heading stands over: climb while what we hold stays a list of links. */
function listBlock(heading: Element, root: Element): Element {
  let block = heading;
  for (let cur = heading.parentElement; cur && cur !== root && cur.tagName !== 'BODY'; cur = cur.parentElement) {
    if (!textLengthAtMost(cur, MAX_LIST_CHARS) || holdsArticleProse(cur)) break;
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
    if (!textLengthAtMost(next, 600) || !textOf(next) || linkDensity(next) < 0.6) break;
    list.push(next);
  }
  return list;
}

export const storyLists: ClutterRule = {
  reason: 'list of other stories or topics',
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => text.length < 80 && STORY_LIST_HEADING.test(text)))
      .filter((heading) => heading.closest('a') === null)
      .flatMap((heading) => {
        const block = listBlock(heading, context.root);
        const headingOnly = block.querySelector('a') === null;
        return headingOnly ? [block, ...linkParagraphsAfter(block)] : [block];
      }),
};
