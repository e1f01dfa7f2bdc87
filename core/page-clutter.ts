/** The clutter of the *live* page, for per-site mode's in-place declutter: the same rules that
 * clean the reader's copy, run over the page itself without changing it. The caller hides what
 * this returns (reversibly); the article itself — its headline, takeaways and paragraphs — is
 * never among it, whatever a rule matched. */
import type { Article } from './article';
import { hostOf, normalizeSpace, textOf } from './dom';
import { GENERIC_CLUTTER_RULES, selectorRule } from './clutter/remove-clutter';
import { holdsArticleProse, scanForClutter, type ClutterRule } from './clutter/rule';
import { datelines } from './clutter/datelines';
import { captionBlocks } from './clutter/captions';
import { footers, screenReaderLabels } from './clutter/page-chrome';
import { findSiteRule } from './sites';
import { LIST_ITEM_MARK } from './to-text';

/** Rules that only tidy the reader's copy, left out on the live page: datelines and duplicate
 * captions are not clutter there, hiding a screen-reader label would hurt the people who need it,
 * and the footer stays so the page still ends like the publisher's page. */
const READER_COPY_ONLY = new Set<ClutterRule>([datelines, captionBlocks, screenReaderLabels, footers]);

/** The generic rules that remove page furniture: consent banners, newsletter signups, widgets,
 * story lists, page controls, promotions, inserts, notices, share bars, ads and navigation. */
export const PAGE_CLUTTER_RULES: ClutterRule[] = GENERIC_CLUTTER_RULES.filter((rule) => !READER_COPY_ONLY.has(rule));

/** Lines of the article that must stay visible: long enough to be unmistakable, short enough that
 * a block holding the line holds all of it. */
const PROTECTED_LINE_CHARS = 60;

function protectedLines(article: Article): string[] {
  // Every line of the text: a list's items are lines of one block.
  const lines = [article.title, ...(article.takeaways?.items ?? []), ...article.text.split('\n')];
  return lines
    .map((line) => normalizeSpace(line.startsWith(LIST_ITEM_MARK) ? line.slice(LIST_ITEM_MARK.length) : line).slice(0, PROTECTED_LINE_CHARS))
    .filter((line) => line.length >= 20);
}

/** The outermost elements of the page that Pith would hide, in document order. */
export function findPageClutter(doc: Document, url: string, article: Article): Element[] {
  const root = doc.body;
  if (!root) return [];
  const site = findSiteRule(hostOf(url));
  const rules = site?.remove ? [selectorRule(`site rule for ${site.domain}`, site.remove), ...PAGE_CLUTTER_RULES] : PAGE_CLUTTER_RULES;
  const context = scanForClutter(root);
  const lines = protectedLines(article);
  const found = new Set<Element>();
  for (const rule of rules) {
    for (const el of rule.find(context)) {
      if (el === root || found.has(el) || holdsArticleProse(el)) continue;
      const text = textOf(el);
      if (lines.some((line) => text.includes(line))) continue;
      found.add(el);
    }
  }
  // Keep only the outermost: hiding a block hides what is inside it.
  const outermost = Array.from(found).filter((el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) if (found.has(parent)) return false;
    return true;
  });
  return outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
