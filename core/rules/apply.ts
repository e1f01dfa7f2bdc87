/** How the rules in force on a page act on it (the reader's copy or the live page): `hide`
 * selectors take blocks out, `keep` selectors protect blocks — with everything inside them and
 * every block around them — from all clutter rules. Pure: finds, never changes the tree. */
import type { PageRules } from './rule';

/** Selectors that cannot run here (a rule written for another engine) are skipped, never thrown. */
function usable(root: Element, selectors: string[]): string[] {
  return selectors.filter((selector) => {
    try {
      root.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  });
}

/** The `keep` test for the clutter driver: an element that is kept, is inside a kept block, or
 * holds one (taking it out would take the kept block too). Undefined when nothing is kept. */
export function keepGuard(root: Element, rules: PageRules | null): ((el: Element) => boolean) | undefined {
  const keep = rules ? usable(root, rules.keep) : [];
  if (keep.length === 0) return undefined;
  const list = keep.join(', ');
  return (el) => el.closest(list) !== null || el.querySelector(list) !== null;
}

export interface HiddenFinding {
  element: Element;
  reason: string;
  selector: string;
}

/** The outermost blocks under `root` that a `hide` selector matches and no `keep` protects, in
 * document order. (A user's hide is what they asked for: unlike the generic rules, it is not second-
 * guessed by the article-prose guard.) */
export function findHidden(root: Element, rules: PageRules | null, keep?: (el: Element) => boolean): HiddenFinding[] {
  if (!rules || rules.hide.length === 0) return [];
  const found = new Map<Element, HiddenFinding>();
  for (const { selector, reason } of rules.hide) {
    if (usable(root, [selector]).length === 0) continue;
    for (const element of Array.from(root.querySelectorAll(selector))) {
      if (!found.has(element) && !keep?.(element)) found.set(element, { element, reason, selector });
    }
  }
  return [...found.values()].filter(({ element }) => {
    for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement)
      if (found.has(parent)) return false;
    return true;
  });
}
