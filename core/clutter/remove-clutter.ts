/** The reader's copy: removes what the site's `hide` rules and the clutter driver find — never an
 * element that holds the article's prose or that a `keep` rule protects — and records why, with a
 * selector for each block (for "Always keep") and, when asked, its HTML and place (for the reader
 * tab's "Show"). (The live page hides the same findings: page-clutter.ts.) */
import type { RemovedBlock } from '../article';
import { snippet, visibleTextOf } from '../dom';
import { findHidden, keepGuard } from '../rules/apply';
import type { PageRules } from '../rules/rule';
import { selectorFor } from '../rules/selector';
import { findClutter } from './find-clutter';
import { scanForClutter, type ClutterRule } from './rule';
import { placeOf } from '../removed-place';

export { GENERIC_CLUTTER_RULES, selectorRule } from './registry';

/** `keepHtml`: the block's HTML to keep for the reader tab's "Show" (sanitized by the caller),
 * or undefined to keep none. Without it only the reason, first words and selector are recorded. */
export function removeClutter(
  root: Element,
  rules: readonly ClutterRule[],
  removed: RemovedBlock[],
  siteRules: PageRules | null = null,
  keepHtml?: (element: Element) => string | undefined,
): void {
  const keep = keepGuard(root, siteRules);
  const take = (element: Element, reason: string, selector: string) => {
    const text = visibleTextOf(element);
    const kept = text && keepHtml ? { ...placeOf(root, element), html: keepHtml(element) } : {};
    element.remove();
    if (text) removed.push({ reason, text: snippet(text), selector, ...definedOnly(kept) });
  };
  for (const { element, reason, selector } of findHidden(root, siteRules, keep)) take(element, reason, selector);
  const context = scanForClutter(root);
  for (const el of context.inert) el.remove();
  // Selectors are made while the block is still in the page copy (they count matches there).
  const findings = findClutter(context, rules, keep).map((finding) => ({
    ...finding,
    selector: selectorFor(finding.element),
  }));
  for (const { element, reason, selector } of findings) take(element, reason, selector);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
