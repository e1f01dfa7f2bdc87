/** A summary list under the headline marked only by its markup: a class or id ("summary-list",
 * "story-highlights", "RenderKeyPoints"), an ARIA label ("Key points") or the DPUB-ARIA role
 * `doc-abstract`. The same words name other things ("post-summary" teasers in story lists, the
 * "text-with-summary" body field of some CMSs, `<details><summary>`), so the mark is only trusted
 * on a list at the top of a story, whose items read as sentences, with few links, and that the
 * story's prose follows. */
import type { RemovedBlock, Takeaways } from '../article';
import { follows, linkDensity, normalizeSpace, textOf } from '../dom';
import { LANGUAGES } from '../vocabulary';
import { TAKEAWAY_CLASS_WORDS } from '../vocabulary/takeaways';
import { TAKEAWAYS_HEADING } from './heading-box';
import { everyItemHasText, holdsPictures, listItems, MAX_ITEMS, readsAsSentence } from './items';
import { takeOut } from './take-out';
import { elementsAtTop, proseFollows, type StoryStart } from './top-of-story';

/** Attributes that name what an element is; `data-component` and `data-testid` are where
 * component-built pages put the names that classes no longer carry. */
const NAMING_ATTRIBUTES = ['class', 'id', 'data-component', 'data-testid'];
const CLASS_WORDS = LANGUAGES.flatMap((lang) => TAKEAWAY_CLASS_WORDS[lang]).map((word) => word.split('-'));

/** A class name as lower-case words: "RenderKeyPoints-keyPoints" → render key points key points. */
function nameWords(name: string): string[] {
  return name
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/** Class names that carry the story's categories and tags (WordPress's "tag-werkstatt-highlights",
 * "category-summary"): they say what the story is about, not what the element is. */
const TAXONOMY_NAME = /^(tag|tags|category|categories|cat|topic|topics)[-_]/i;

function namesSummary(el: Element): boolean {
  for (const attribute of NAMING_ATTRIBUTES) {
    for (const name of (el.getAttribute(attribute) ?? '').split(/\s+/)) {
      if (!name || TAXONOMY_NAME.test(name)) continue;
      const words = nameWords(name);
      if (CLASS_WORDS.some((run) => containsRun(words, run))) return true;
    }
  }
  return false;
}

/** The summary's name given for assistive technology, when it is one of the takeaway headings. */
function ariaName(el: Element): string | null {
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(el.ownerDocument.getElementById(id)))
    .join(' ');
  const name = normalizeSpace(el.getAttribute('aria-label') ?? labelledBy);
  return name && TAKEAWAYS_HEADING.test(name) ? name : null;
}

export function isMarkedAsSummary(el: Element): boolean {
  return namesSummary(el) || el.getAttribute('role') === 'doc-abstract' || ariaName(el) !== null;
}

/** A wrapper counts as the list's box when it holds little more than the list (a short heading). */
const MAX_BOX_EXTRA_CHARS = 60;
const STOP_CLIMBING = new Set(['BODY', 'MAIN', 'ARTICLE']);

/** The outermost element, from the list up to three wrappers holding little else, that is
 * marked as a summary; null when none is. */
function markedBox(list: Element): Element | null {
  const listChars = textOf(list).length;
  let box: Element | null = isMarkedAsSummary(list) ? list : null;
  let el = list.parentElement;
  for (let level = 0; el && level < 3 && !STOP_CLIMBING.has(el.tagName); level++, el = el.parentElement) {
    if (textOf(el).length > listChars + MAX_BOX_EXTRA_CHARS) break;
    if (isMarkedAsSummary(el)) box = el;
  }
  return box;
}

/** The box's own short heading, set before its list, if it has one ("Show more" after it is a
 * button); else its ARIA name. */
function headingOf(box: Element, list: Element): string {
  const heading = Array.from(box.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, span, div')).find(
    (el) => follows(el, list) && !el.contains(list) && textOf(el).length > 0 && textOf(el).length <= 40,
  );
  return (heading ? textOf(heading).replace(/:$/, '') : null) ?? ariaName(box) ?? ariaName(list) ?? 'Summary';
}

/** Prose paragraphs that may come before the list: a standfirst under the headline. */
const MAX_PROSE_BEFORE = 1;
const MAX_LINK_DENSITY = 0.3;
/** One line under a class named "summary" is more often the story's metadata than its summary. */
const MIN_ITEMS = 2;

export function takeMarkedList(root: Element, from: StoryStart | null, removed: RemovedBlock[]): Takeaways | null {
  if (!from) return null;
  for (const { el, proseBefore } of elementsAtTop(root, from.start, {
    maxProse: MAX_PROSE_BEFORE + 1,
    inside: from.inside,
  })) {
    if (proseBefore > MAX_PROSE_BEFORE) break;
    if ((el.localName !== 'ul' && el.localName !== 'ol') || el.closest('nav, footer')) continue;
    const box = markedBox(el);
    if (!box) continue;
    const items = listItems(el);
    if (items.length < MIN_ITEMS || items.length > MAX_ITEMS || !everyItemHasText(el) || holdsPictures(el)) continue;
    if (!items.every((item) => readsAsSentence(item, { minChars: 20, minWords: 4 }))) continue;
    if (linkDensity(el) > MAX_LINK_DENSITY || !proseFollows(box, 2)) continue;
    return takeOut(
      root,
      {
        heading: headingOf(box, el),
        items,
        elements: [box],
        reason: 'summary list marked as such (shown in its own box)',
      },
      removed,
    );
  }
  return null;
}
