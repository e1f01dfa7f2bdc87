/** Is what Readability found an article? Refusing a page leaves the reader with nothing, so Pith
 * refuses only pages that are clearly not one: a list of links (home, section, tag, search and
 * listing pages, forum and archive indexes), a log-in page, an error page. A page it doubts — a
 * short text, a list of linked headings that also carries prose of its own, a list on a page that
 * declares itself an article — is shown, with a notice that it may not be a single article.
 * The judgement reads structure (links, prose, headings, a password field) and, for error pages
 * only, a few words per language. */
import type { ExtractionWarning } from './article';
import { normalizeSpace, textLengthAtMost, textOf } from './dom';
import { readListShape, type ListShape } from './story-list';
import { alternation } from './vocabulary';
import { NOT_FOUND_PHRASES } from './vocabulary/not-found';

export type PageType = 'article' | 'doubtful' | 'not-article';

export const MAYBE_NOT_ARTICLE: ExtractionWarning = {
  kind: 'maybe-not-article',
  message: 'This page may not be a single article; Pith shows what it found.',
};

/** Fewer words than this, with no takeaways and no declaration, is a short text: a brief story, or
 * a fragment of a page that is no story. */
export const SHORT_TEXT_WORDS = 80;
/** At least this many linked headlines make a list of stories. */
const MIN_ITEMS = 4;
/** At least this many lines or cells that are mostly links, and no prose: a table or list of links. */
const MIN_LINK_BLOCKS = 8;
/** A list whose own prose (beyond its teasers) is under this is nothing but the list: about one
 * sentence, such as a section's one-line description. */
const LIST_OWN_PROSE = 200;
/** A short text with less unlinked text than this outside headings holds no sentence to read. */
const SOME_TEXT = 100;
/** Own prose this long (several paragraphs) is a story, whatever list Readability kept after it. */
const STORY_OWN_PROSE = 1000;

export interface PageFacts {
  /** The page as loaded: its title, headings and form fields. */
  page: Document;
  /** What was extracted, cleaned. */
  body: Element;
  url: string;
  wordCount: number;
  declaresArticle: boolean;
  hasTakeaways: boolean;
}

export function judgePage(facts: PageFacts): PageType {
  const shape = readListShape(facts.body, facts.url);
  const list = listJudgement(shape, facts.declaresArticle);
  if (list) return list;
  if (facts.wordCount >= SHORT_TEXT_WORDS || facts.hasTakeaways || facts.declaresArticle) return 'article';
  if (isLogInPage(facts.page, textOf(facts.body)) || isErrorPage(facts.page, facts.body)) return 'not-article';
  // A text too short to hold a sentence is a stub or a picture's page — shown, with the notice —
  // unless the page around it is a list of links (a directory's or a tag page's one-line blurb).
  if (
    shape.plainChars < SOME_TEXT &&
    facts.page.body &&
    listJudgement(readListShape(facts.page.body, facts.url), facts.declaresArticle) === 'not-article'
  )
    return 'not-article';
  return 'doubtful';
}

/** Mostly links, or a run of linked headlines each over no more than a teaser, or many lines of
 * links and no prose. */
function listJudgement(shape: ListShape, declaresArticle: boolean): PageType | null {
  const mostlyLinks = shape.chars > 0 && shape.linkedChars >= 0.5 * shape.chars;
  const storyList = shape.items >= MIN_ITEMS && shape.teaserItems >= 0.75 * shape.items;
  const linkTable = shape.linkBlocks >= MIN_LINK_BLOCKS && shape.ownProse < LIST_OWN_PROSE;
  if (!mostlyLinks && !storyList && !linkTable) return null;
  // A site's section page lists its own stories; a list whose items lead to other sites (a
  // shopping guide's products) and that has words of its own is a guide to them.
  const leadsElsewhere =
    shape.items > 0
      ? shape.otherSiteItems >= 0.5 * shape.items
      : shape.linkBlocks > 0 && shape.otherSiteLinkBlocks >= 0.5 * shape.linkBlocks;
  if (shape.ownProse < LIST_OWN_PROSE) return declaresArticle || leadsElsewhere ? 'doubtful' : 'not-article';
  if (leadsElsewhere || shape.ownProse >= STORY_OWN_PROSE) return null;
  return shape.ownProse < shape.linkedChars + shape.teaserProse ? 'doubtful' : null;
}

/** How far up from a password field its panel may be: its form (or field), the form, the panel. */
const PANEL_DEPTH = 3;
const PAGE_FURNITURE = new Set(['ASIDE', 'NAV', 'HEADER', 'FOOTER']);

/** A visible password field in a small panel that also holds the text Readability found: a log-in
 * or sign-up page (asked only of short texts). A log-in box elsewhere on the page — in a sidebar, a
 * header, a hidden dialog — says nothing about the story. */
function isLogInPage(page: Document, found: string): boolean {
  const snippet = found.slice(0, 40);
  if (!snippet) return false;
  const panelMax = 3 * found.length + 300;
  return Array.from(page.querySelectorAll('input[type="password"]')).some((input) => {
    if (
      input.closest(
        '[hidden], [aria-hidden="true"], template, dialog:not([open]), [style*="display:none"], [style*="display: none"]',
      )
    )
      return false;
    for (
      let el = input.parentElement, depth = 0;
      el && el !== page.body && depth < PANEL_DEPTH;
      el = el.parentElement, depth++
    ) {
      if (PAGE_FURNITURE.has(el.tagName.toUpperCase()) || !textLengthAtMost(el, panelMax)) return false;
      if (textOf(el).includes(snippet)) return true;
    }
    return false;
  });
}

const NOT_FOUND = new RegExp(`(^|[^\\p{L}])(${alternation(NOT_FOUND_PHRASES)})($|[^\\p{L}])`, 'iu');
/** "404", "Error 404", "404 – …": the number as the whole title or one part of it, not "Flight 404 lands". */
const ERROR_NUMBER =
  /(^|[|:·–—-]\s*)(error\s*|erreur\s*|fehler\s*|errore\s*|erro\s*)?(404|410)(\s*error)?\s*($|[|:·–—-])/i;

/** An error page says so in its title or its main heading (asked only of short texts). */
function isErrorPage(page: Document, body: Element): boolean {
  const headings = [
    page.title,
    ...Array.from(page.querySelectorAll('h1')).slice(0, 3).map(textOf),
    textOf(body.querySelector('h1, h2')),
  ];
  return headings
    .map(normalizeSpace)
    .some((text) => text.length > 0 && text.length < 200 && (NOT_FOUND.test(text) || ERROR_NUMBER.test(text)));
}
