/** What a clutter rule is, and the small helpers the rules share. Each rule lives in its own file
 * and only *finds* elements; remove-clutter.ts removes them, guards the article and keeps the record. */
import { linkDensity, normalizeSpace, textLengthAtMost, textOf } from '../dom';

export interface ShortText {
  node: Text;
  /** The node's text with whitespace folded. */
  text: string;
}

export interface NamedElement {
  el: Element;
  /** Its class and id, lower case, as one string. */
  names: string;
}

export interface ClutterContext {
  root: Element;
  /** Every non-empty text node under 400 characters, collected once for all rules. */
  shortTexts: ShortText[];
  /** Every element with a class or an id, collected once for all rules. */
  named: NamedElement[];
  /** Navigation and footer landmarks: <nav>, <footer> and their ARIA roles. */
  landmarks: Element[];
  /** Elements that never hold article text: scripts, styles, icons, embeds. */
  inert: Element[];
}

/** Where a rule applies: `page` rules find furniture that per-site mode also hides on the live page;
 * `reader` rules only tidy the reader's copy (a date line or a credit is no clutter on the page). */
export type ClutterScope = 'page' | 'reader';

export interface ClutterRule {
  /** Why these elements go, as shown in the "removed" report. */
  reason: string;
  scope: ClutterScope;
  /** Finds candidates only; the driver (find-clutter.ts) guards the article and decides. */
  find(context: ClutterContext): Element[];
  /** Page snippets the rule must remove, and ones it must keep: checked by a convention test. */
  examples: { removes: string[]; keeps: string[] };
}

const NODE_FILTER_SHOW_TEXT = 4;
const NODE_FILTER_SHOW_ELEMENT = 1;

const LANDMARK_TAGS = new Set(['nav', 'footer']);
const HAS_TEXT = /[^\s\u00a0\u200b]/;
/** Never article text. Removed before Readability so that it has less page to walk (noscript stays:
 * Readability reads lazy-loaded images out of it). */
const INERT_TAGS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'link',
  'meta',
  'canvas',
  'iframe',
  'object',
  'embed',
]);
const LANDMARK_ROLES = new Set(['navigation', 'contentinfo']);

/** One walk over the page collects what every rule looks at: short texts, named elements and
 * landmarks. (A TreeWalker, not querySelectorAll or live collections: in jsdom it is far faster.) */
export function scanForClutter(root: Element): ClutterContext {
  const context: ClutterContext = { root, shortTexts: [], named: [], landmarks: [], inert: [] };
  const walker = root.ownerDocument.createTreeWalker(root, NODE_FILTER_SHOW_ELEMENT | NODE_FILTER_SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      // Most text nodes are the white space between tags: skip them before any string work.
      if (value.length > 400 || !HAS_TEXT.test(value)) continue;
      context.shortTexts.push({ node: node as Text, text: normalizeSpace(value) });
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    if (INERT_TAGS.has(tag)) {
      context.inert.push(el);
      continue;
    }
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if (cls || id) context.named.push({ el, names: `${cls ?? ''} ${id ?? ''}`.toLowerCase() });
    if (LANDMARK_TAGS.has(tag) || LANDMARK_ROLES.has(el.getAttribute('role') ?? '')) context.landmarks.push(el);
  }
  return context;
}

/** Elements whose class or id matches the pattern and whose text stays within `maxChars`. */
export function namedMatching(context: ClutterContext, pattern: RegExp, maxChars: number): Element[] {
  return context.named
    .filter(({ el, names }) => pattern.test(names) && textLengthAtMost(el, maxChars))
    .map(({ el }) => el);
}

/** The elements that hold the given text nodes. */
export function parentsOf(texts: ShortText[]): Element[] {
  const parents: Element[] = [];
  for (const { node } of texts) if (node.parentElement) parents.push(node.parentElement);
  return parents;
}

export function textsMatching(context: ClutterContext, pattern: RegExp): Element[] {
  return parentsOf(context.shortTexts.filter(({ text }) => pattern.test(text)));
}

const SUBSTANTIAL_PARAGRAPH = 100;

/** True for an element that holds real article prose: clutter rules never take such an element. */
export function holdsArticleProse(el: Element): boolean {
  if (el.querySelector('h1')) return true;
  // Too little text for two paragraphs of prose: no need to look at each paragraph.
  if (textLengthAtMost(el, 2 * SUBSTANTIAL_PARAGRAPH)) return false;
  let paragraphs = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (textOf(p).length >= SUBSTANTIAL_PARAGRAPH && linkDensity(p) < 0.3 && ++paragraphs >= 2) return true;
  }
  return false;
}

/** The outermost ancestor of `start` (itself included) whose text stays within `maxChars` and that
 * holds no article prose: the whole widget around a tell-tale line, and nothing more. */
export function widgetAround(start: Element, maxChars: number, stopAt: Element): Element {
  let widget = start;
  for (let cur = start.parentElement; cur && cur !== stopAt && cur.tagName !== 'BODY'; cur = cur.parentElement) {
    if (!textLengthAtMost(cur, maxChars) || holdsArticleProse(cur)) break;
    widget = cur;
  }
  return widget;
}
