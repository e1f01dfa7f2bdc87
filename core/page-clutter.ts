/** The clutter of the *live* page, for per-site mode's in-place declutter: the same rules that
 * clean the reader's copy, run over the page itself without changing it. The caller hides what
 * this returns (reversibly); the article itself — its headline, takeaways and paragraphs — is
 * never among it, whatever a rule matched. */
import type { Article } from './article';
import { hostOf, normalizeSpace, textOf } from './dom';
import { PAGE_CLUTTER_RULES } from './clutter/registry';
import { findClutter } from './clutter/find-clutter';
import { scanForClutter } from './clutter/rule';
import { SITE_RULES } from './sites';
import { pageRules, type SiteRule } from './rules/rule';
import { findHidden, keepGuard } from './rules/apply';
import { LIST_ITEM_MARK } from './to-text';

/** Lines of the article that must stay visible: long enough to be unmistakable, short enough that
 * a block holding the line holds all of it. */
const PROTECTED_LINE_CHARS = 60;

function protectedLines(article: Article): string[] {
  // Every line of the text: a list's items are lines of one block.
  const lines = [article.title, ...(article.takeaways?.items ?? []), ...article.text.split('\n')];
  return lines
    .map((line) =>
      normalizeSpace(line.startsWith(LIST_ITEM_MARK) ? line.slice(LIST_ITEM_MARK.length) : line).slice(
        0,
        PROTECTED_LINE_CHARS,
      ),
    )
    .filter((line) => line.length >= 20);
}

/** The outermost elements of the page that Pith would hide, in document order: the same driver and
 * rules as the reader's copy (page-scope rules only), and never a block holding a line of the article
 * or one a `keep` rule protects. The site's `hide` rules (built-in and the user's `userRules`) apply too. */
export function findPageClutter(
  doc: Document,
  url: string,
  article: Article,
  userRules?: readonly SiteRule[],
): Element[] {
  const root = doc.body;
  if (!root) return [];
  const site = pageRules(hostOf(url), SITE_RULES, userRules);
  const keep = keepGuard(root, site);
  const hidden = findHidden(root, site, keep).map(({ element }) => element);
  const lines = protectedLines(article);
  const guard = (el: Element) => {
    if (keep?.(el)) return true;
    const text = textOf(el);
    return lines.some((line) => text.includes(line));
  };
  const clutter = findClutter(scanForClutter(root), PAGE_CLUTTER_RULES, guard).map(({ element }) => element);
  // A hidden block may hold clutter the rules found, or the other way round: only the outermost go.
  const all = [...hidden, ...clutter];
  return all
    .filter((el) => !all.some((other) => other !== el && other.contains(el)))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
