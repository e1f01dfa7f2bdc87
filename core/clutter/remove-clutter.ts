/** The reader's copy: removes what the clutter driver finds — never an element that holds the
 * article's prose — and records why. (The live page hides the same findings: page-clutter.ts.) */
import type { RemovedBlock } from '../article';
import { snippet, visibleTextOf } from '../dom';
import { findClutter } from './find-clutter';
import { scanForClutter, type ClutterRule } from './rule';
import { placeOf } from '../removed-place';

export { GENERIC_CLUTTER_RULES, selectorRule } from './registry';

/** `keepHtml`: the block's HTML to keep for the reader tab's "Show" (sanitized by the caller),
 * or undefined to keep none. Without it only the reason and first words are recorded. */
export function removeClutter(
  root: Element,
  rules: readonly ClutterRule[],
  removed: RemovedBlock[],
  keepHtml?: (element: Element) => string | undefined,
): void {
  const context = scanForClutter(root);
  for (const el of context.inert) el.remove();
  for (const { element, reason } of findClutter(context, rules)) {
    const text = visibleTextOf(element);
    const kept = text && keepHtml ? { ...placeOf(root, element), html: keepHtml(element) } : {};
    element.remove();
    if (text) removed.push({ reason, text: snippet(text), ...definedOnly(kept) });
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
