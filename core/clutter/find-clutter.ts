/** The one clutter driver: runs rules over a page (or the reader's copy of it) and says what is
 * clutter and why. It never changes the tree: the reader removes what it returns
 * (remove-clutter.ts), the live page hides it (page-clutter.ts), so both agree by construction. */
import { holdsArticleProse, type ClutterContext, type ClutterRule } from './rule';

export interface ClutterFinding {
  element: Element;
  /** The reason of the first rule that found it. */
  reason: string;
}

/** Outermost clutter elements in document order. Never the root, never a block that holds the
 * article's prose, never one that `keep` protects. */
export function findClutter(
  context: ClutterContext,
  rules: readonly ClutterRule[],
  keep?: (el: Element) => boolean,
): ClutterFinding[] {
  const { root } = context;
  const found = new Map<Element, string>();
  const refused = new Set<Element>();
  for (const rule of rules) {
    for (const el of rule.find(context)) {
      if (el === root || found.has(el) || refused.has(el)) continue;
      if (!root.contains(el) || holdsArticleProse(el) || keep?.(el)) {
        refused.add(el);
        continue;
      }
      found.set(el, rule.reason);
    }
  }
  // Hiding or removing a block takes what is inside it: only the outermost count.
  const findings: ClutterFinding[] = [];
  for (const [element, reason] of found) {
    let inner = false;
    for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (found.has(parent)) {
        inner = true;
        break;
      }
    }
    if (!inner) findings.push({ element, reason });
  }
  return findings.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
}
