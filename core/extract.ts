/** Pith's extraction pipeline, top to bottom. Takes a Document and its URL, returns data; it never
 * changes the live page (all work happens on a clone) and never touches extension APIs. */
import type { Article, Extraction, ExtractOptions, Problem, ProblemKind, RemovedBlock } from './article';
import { hostOf, linkDensity, normalizeSpace, textOf } from './dom';
import { readMetadata, stripSiteSuffix } from './metadata';
import { chooseByline, cleanByline, markedByline } from './byline';
import { findTakeaways } from './takeaways';
import { takeLeadImage } from './lead-image';
import { GENERIC_CLUTTER_RULES, removeClutter } from './clutter/remove-clutter';
import { SITE_RULES } from './sites';
import { pageRules } from './rules/rule';
import { parseWithSecondChance } from './second-candidate';
import { PAYWALL_PROMPT_REASON } from './clutter/paywall-prompts';
import { sanitizeHtml, sanitizeInPlace } from './sanitize';
import { tidyBody } from './tidy-body';
import { findSignOff, restoreSignOff } from './sign-off';
import { toText } from './to-text';
import { countWords, readingMinutes } from './reading-time';
import { judgePage, MAYBE_NOT_ARTICLE, SHORT_TEXT_WORDS } from './page-type';
import { betterReading, FIRST_PASS_CHARS, secondPassChars } from './main-text';
import { suspectExtraction } from './suspicion';
import { hiddenContentKind } from './hidden-content';
import { cloneWithShadowContent } from './shadow-content';
import { protectMath } from './math';
import { normalizeCodeBlocks } from './code-blocks';
import { normalizeEmbeds } from './embeds';
import { protectNotes } from './notes';
import { BLOCK_TAGS, lowerCaseTags, TABLE_PART_TAGS } from './html-tags';
import { keyPointsOf } from './key-points';

/** Above this many elements a page read on its own main thread is refused rather than risk
 * freezing the tab. */
export const DEFAULT_MAX_ELEMENTS = 40_000;
/** Read off the page's thread (the extension's reader document), a page only has to fit in the
 * reader's time and memory: see the README's "How reading works (off the page's thread)". */
export const OFF_THREAD_MAX_ELEMENTS = 250_000;

export const PROBLEM_MESSAGES: Record<ProblemKind, string> = {
  'not-article': "This page doesn't look like an article.",
  empty: 'This page has no text to read.',
  'too-large': 'This page is too large for Pith to read without slowing down your browser.',
  failed: "Pith couldn't extract an article from this page.",
  frames: "This page shows its content in frames, which Pith can't read. Open the framed page on its own.",
  'shadow-dom': "This page keeps its text inside web components (shadow DOM), which Pith can't read yet.",
  'not-html': 'This is not a web page but an XML or SVG document, which Pith does not read.',
};

function problem(kind: ProblemKind, detail?: string): Extraction {
  const result: Problem = { kind, message: detail ? `${PROBLEM_MESSAGES[kind]} ${detail}` : PROBLEM_MESSAGES[kind] };
  return { ok: false, problem: result };
}

/** A rule's selector that this engine cannot parse matches nothing (rules are data from a file). */
function safeQuery(root: Element, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function windowOf(doc: Document): Window {
  const win = doc.defaultView ?? (globalThis as unknown as { window?: Window }).window;
  if (!win) throw new Error('no window to sanitize with');
  return win;
}

/** Shapes that HTML cannot express, which Readability (turning divs into paragraphs) or the
 * sanitizer (keeping the content of what it removes) can leave: a block inside a paragraph, a
 * heading right inside a heading, a link inside a link, table parts out of place. Serialized, they
 * would parse as something else. */
/** (Table parts are left out: inside a paragraph they come only with their table, which is matched.) */
const BLOCKS = lowerCaseTags([...BLOCK_TAGS].filter((tag) => !TABLE_PART_TAGS.has(tag) && tag !== 'SUMMARY'));
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const UNPARSABLE = [
  ...BLOCKS.map((block) => `p ${block}`),
  ...HEADINGS.flatMap((outer) => HEADINGS.map((inner) => `${outer} > ${inner}`)),
  'a a',
  'table > tr, table > td, table > th, tr > :not(td):not(th), tbody > :not(tr), thead > :not(tr), tfoot > :not(tr)',
  ':not(table) > tbody, :not(table) > thead, :not(table) > tfoot, :not(table) > caption, :not(table) > colgroup',
  ':not(tbody):not(thead):not(tfoot):not(table) > tr, :not(tr) > td, :not(tr) > th, :not(colgroup) > col',
].join(', ');

/** The body as HTML that parses back to itself, so that showing it shows exactly what was
 * sanitized, and sanitizing it again changes nothing. The rare unparsable tree is parsed and
 * sanitized again until stable (in a <template>, whose content is inert). */
function stableHtml(win: Window, body: Element): string {
  let html = body.outerHTML;
  if (!body.querySelector(UNPARSABLE) && !hasTextInTable(body)) return html;
  const template = win.document.createElement('template');
  for (let round = 0; round < 4; round++) {
    template.innerHTML = html;
    const reparsed = template.innerHTML;
    if (reparsed === html) break;
    html = sanitizeHtml(win, reparsed);
  }
  return html;
}

/** Text right inside a table, a row or a table section is moved out of the table by the parser. */
function hasTextInTable(body: Element): boolean {
  for (const el of Array.from(body.querySelectorAll('table, tbody, thead, tfoot, tr'))) {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
    }
  }
  return false;
}

/** A removed block kept for the reader's "Show": small ones only (a whole comment thread is not
 * worth carrying in every cached article), addresses made absolute (the reader tab is not the
 * page), sanitized like the body. */
const MAX_KEPT_ELEMENTS = 300;
const MAX_KEPT_HTML = 20_000;
function removedBlockHtml(win: Window, el: Element, base: string): string | undefined {
  if (el.getElementsByTagName('*').length > MAX_KEPT_ELEMENTS) return undefined;
  const copy = el.cloneNode(true) as Element;
  for (const [selector, attr] of [
    ['[href]', 'href'],
    ['[src]', 'src'],
  ] as const) {
    for (const node of [copy, ...Array.from(copy.querySelectorAll(selector))]) {
      const value = node.getAttribute(attr);
      if (value === null) continue;
      try {
        node.setAttribute(attr, new URL(value, base).href);
      } catch {
        node.removeAttribute(attr);
      }
    }
  }
  const html = sanitizeHtml(win, copy);
  return html.length <= MAX_KEPT_HTML ? html : undefined;
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Extraction {
  try {
    const result = withSecondReading(doc, url, options, extract(doc, url, options));
    // "No text", "not an article" or a doubtful page may only mean the text is where Pith does not
    // look: read the web components' text if that is where it is, else say where it is.
    const doubtful = result.ok
      ? result.article.warning !== null &&
        (result.article.warning.kind === 'maybe-not-article' || result.article.wordCount < SHORT_TEXT_WORDS)
      : result.problem.kind === 'empty' || result.problem.kind === 'not-article';
    if (doubtful) {
      const hidden = hiddenContentKind(doc);
      if (hidden === 'shadow-dom') {
        const flattened = extract(doc, url, options, true);
        if (flattened.ok) return flattened;
      }
      if (hidden) return problem(hidden);
    }
    return result;
  } catch (error) {
    // A page nested thousands of levels deep can exhaust the stack (browsers cap nesting while
    // parsing; jsdom does not): that is a page too large to read, not a bug to report.
    if (error instanceof RangeError) return problem('too-large', '(nested too deeply)');
    return problem('failed', `(${error instanceof Error ? error.message : String(error)})`);
  }
}

/** What was found may be a footer or a box that Readability's first pass kept while dropping the
 * story's container (see main-text.ts): when it holds much less prose than the page has, read the
 * page again with a threshold that makes Readability look further, and keep the better reading. */
function withSecondReading(doc: Document, url: string, options: ExtractOptions, first: Extraction): Extraction {
  if (!first.ok) return first;
  const chars = secondPassChars(first.article, doc);
  if (chars === null) return first;
  const second = extract(doc, url, options, false, chars);
  return second.ok ? { ok: true, article: betterReading(first.article, second.article, doc) } : first;
}

/** `withShadowContent`: read a copy of the page with its open shadow roots' text in place.
 * `firstPassChars`: Readability's `charThreshold`, the length its first pass must reach. */
function extract(
  doc: Document,
  url: string,
  options: ExtractOptions,
  withShadowContent = false,
  firstPassChars = FIRST_PASS_CHARS,
): Extraction {
  // `page` is what is read; `doc` stays the live document (its window, metadata and address).
  const page = withShadowContent ? cloneWithShadowContent(doc) : doc;
  const elementCount = page.getElementsByTagName('*').length;
  if (elementCount > (options.maxElements ?? DEFAULT_MAX_ELEMENTS)) {
    return problem('too-large', `(${elementCount.toLocaleString('en-US')} elements)`);
  }
  if (!page.body || !normalizeSpace(page.body.textContent ?? '')) return problem('empty');
  const meta = readMetadata(doc, url);

  const site = pageRules(hostOf(url), SITE_RULES, options.rules);
  const clone = withShadowContent ? page : (doc.cloneNode(true) as Document);
  const root = clone.body;
  const removed: RemovedBlock[] = [];
  const restoreMath = protectMath(root);
  normalizeCodeBlocks(root);
  normalizeEmbeds(root);
  const restoreNotes = protectNotes(root);

  const takeaways = findTakeaways(root, meta, removed);
  const leadImage = takeLeadImage(root, meta.image, doc.baseURI || url, removed);
  const siteContent = site?.content ? safeQuery(root, site.content) : null;
  if (siteContent) root.replaceChildren(siteContent);
  const win = windowOf(doc);
  removeClutter(root, GENERIC_CLUTTER_RULES, removed, site, (el) => removedBlockHtml(win, el, doc.baseURI || url));

  const signOff = findSignOff(root);
  // keepClasses and disableJSONLD skip work Pith does itself (the sanitizer drops classes; metadata
  // reads the JSON-LD); the serializer hands back the element instead of an HTML string.
  const parsed = parseWithSecondChance(clone, {
    charThreshold: firstPassChars,
    keepClasses: true,
    disableJSONLD: true,
    serializer: (el: Node) => el,
  });
  const parsedContent = parsed?.content as unknown as Node | null | undefined;
  if (!parsed || !parsedContent) return problem(options.force ? 'failed' : 'not-article');
  restoreMath(parsedContent);
  restoreNotes(parsedContent);

  const title =
    meta.title ??
    (parsed.title ? stripSiteSuffix(parsed.title, meta.siteName) : null) ??
    textOf(page.querySelector('h1'));
  const siteName = meta.siteName ?? parsed.siteName ?? (hostOf(url).replace(/^www\./, '') || null);
  const byline = chooseByline(
    [
      { name: meta.byline, person: meta.bylineIsPerson },
      { name: cleanByline(parsed.byline) },
      { name: () => markedByline(doc) },
    ],
    siteName,
  );
  const body = sanitizeInPlace(win, parsedContent as Element);
  restoreSignOff(body, signOff);
  tidyBody(body, { title, byline, leadCaption: leadImage?.caption ?? null, takeaways, removed });
  const text = toText(body);
  if (!text && !takeaways) return problem('empty');
  const lang = doc.documentElement.getAttribute('lang') || parsed.lang || null;
  const wordCount = countWords(text, lang);
  // Judged on what was found, not on Readability's quick test of the page (which counts only
  // <p>-like blocks): only a clear non-article is refused; a doubtful one is shown with a notice.
  const pageType = options.force
    ? 'article'
    : judgePage({
        page,
        body,
        url,
        wordCount,
        declaresArticle: meta.declaresArticle,
        hasTakeaways: takeaways !== null,
      });
  if (pageType === 'not-article') return problem('not-article');

  // A paywall's prompt was taken out as clutter: the short text left is its teaser.
  const paywalled = meta.paywalled || removed.some((block) => block.reason === PAYWALL_PROMPT_REASON);
  const warning =
    suspectExtraction(text, wordCount, () => linkDensity(body), paywalled) ??
    (pageType === 'doubtful' ? MAYBE_NOT_ARTICLE : null);
  const articleUrl = meta.canonicalUrl ?? url;
  const article: Article = {
    url: articleUrl,
    title: title || hostOf(url),
    byline,
    siteName,
    publishedTime: meta.publishedTime ?? parsed.publishedTime ?? null,
    lang,
    dir:
      parsed.dir === 'rtl' || doc.documentElement.getAttribute('dir') === 'rtl'
        ? 'rtl'
        : parsed.dir === 'ltr'
          ? 'ltr'
          : null,
    excerpt: meta.excerpt ?? parsed.excerpt ?? null,
    leadImage,
    takeaways,
    keyPoints: keyPointsOf(takeaways, takeaways ? text : toText(body, { captions: false }), lang),
    contentHtml: stableHtml(win, body),
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removed,
    warning,
  };
  return { ok: true, article };
}
