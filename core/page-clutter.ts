/** The clutter of the *live* page, for per-site mode's in-place declutter: the same rules that
 * clean the reader's copy, run over the page itself without changing it. The caller hides what
 * this returns (reversibly); the article itself — its headline, takeaways and paragraphs — is
 * never among it, whatever a rule matched. */
import type { Article } from './article';
import { hostOf, normalizeSpace, textOf } from './dom';
import { PAGE_CLUTTER_RULES, selectorRule } from './clutter/registry';
import { findClutter } from './clutter/find-clutter';
import { scanForClutter } from './clutter/rule';
import { findSiteRule } from './sites';
import { LIST_ITEM_MARK } from './to-text';

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

/** The outermost elements of the page that Pith would hide, in document order: the same driver and
 * rules as the reader's copy (page-scope rules only), and never a block holding a line of the article. */
export function findPageClutter(doc: Document, url: string, article: Article): Element[] {
  const root = doc.body;
  if (!root) return [];
  const site = findSiteRule(hostOf(url));
  const rules = site?.remove ? [selectorRule(`site rule for ${site.domain}`, site.remove), ...PAGE_CLUTTER_RULES] : PAGE_CLUTTER_RULES;
  const lines = protectedLines(article);
  const holdsArticleLine = (el: Element) => {
    const text = textOf(el);
    return lines.some((line) => text.includes(line));
  };
  return findClutter(scanForClutter(root), rules, holdsArticleLine).map(({ element }) => element);
}
