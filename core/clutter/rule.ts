/** What a clutter rule is, and the small helpers the rules share. Each rule lives in its own file
 * and only *finds* elements; remove-clutter.ts removes them, guards the article and keeps the record. */
import { linkDensity, normalizeSpace, textOf } from '../dom';

export interface ShortText {
  node: Text;
  /** The node's text with whitespace folded. */
  text: string;
}

export interface ClutterContext {
  root: Element;
  /** Every non-empty text node under 400 characters, collected once for all rules. */
  shortTexts: ShortText[];
}

export interface ClutterRule {
  /** Why these elements go, as shown in the "removed" report. */
  reason: string;
  find(context: ClutterContext): Element[];
}

const NODE_FILTER_SHOW_TEXT = 4;

export function collectShortTexts(root: Element): ShortText[] {
  const walker = root.ownerDocument.createTreeWalker(root, NODE_FILTER_SHOW_TEXT);
  const texts: ShortText[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 400) continue;
    const text = normalizeSpace(value);
    if (text) texts.push({ node: node as Text, text });
  }
  return texts;
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
    if (textOf(cur).length > maxChars || holdsArticleProse(cur)) break;
    widget = cur;
  }
  return widget;
}

/** Class and id of an element as one lower-case string, for token tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}
