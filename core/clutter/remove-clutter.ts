/** The reader's copy: removes what the clutter driver finds — never an element that holds the
 * article's prose — and records why. (The live page hides the same findings: page-clutter.ts.) */
import type { RemovedBlock } from '../article';
import { snippet, visibleTextOf } from '../dom';
import { findClutter } from './find-clutter';
import { scanForClutter, type ClutterRule } from './rule';

export { GENERIC_CLUTTER_RULES, selectorRule } from './registry';

export function removeClutter(root: Element, rules: readonly ClutterRule[], removed: RemovedBlock[]): void {
  const context = scanForClutter(root);
  for (const el of context.inert) el.remove();
  for (const { element, reason } of findClutter(context, rules)) {
    const text = visibleTextOf(element);
    element.remove();
    if (text) removed.push({ reason, text: snippet(text) });
  }
}
