/** Small DOM helpers shared by core's passes. They use only standard DOM, so they work the same in
 * a browser, jsdom and linkedom. */
import { isInTextless } from './html-tags';

/** Whitespace folded to single spaces, non-breaking spaces included, ends trimmed. */
export function normalizeSpace(text: string): string {
  // Most texts need no folding: test first, so that they cost no new string (this runs on every
  // text node of a page).
  return NEEDS_FOLDING.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : text.trim();
}

const NEEDS_FOLDING =
  /[\s\u00a0\u200b]{2}|[\t\n\r\f\v\u00a0\u200b\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u1680]/;

export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

/** Text a reader would see: like textOf, without the contents of scripts and styles. */
export function visibleTextOf(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isInTextless(node)) text += node.nodeValue;
  }
  return normalizeSpace(text);
}

/** Whether an element's visible text (no script or style source), whitespace folded, is at most
 * `max` characters. Stops reading as soon as it is past, so asking it of a whole page costs no more
 * than asking it of a button. Script text is skipped so that the live page (scripts in place) and the
 * reader's copy (scripts removed) measure a block alike. */
export function textLengthAtMost(el: Element, max: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (isInTextless(node)) continue;
    if (value.length > max * 4 + 64) return false;
    length += normalizeSpace(value).length;
    if (length > max) return false;
  }
  return true;
}

/** Share of an element's text that sits inside links: near 1 for menus and story lists. */
export function linkDensity(el: Element | DocumentFragment): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  // A link itself is all link (querySelectorAll looks only below it).
  if ('tagName' in el && el.tagName === 'A') return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

/** The first words of a text, for the "removed" report. */
export function snippet(text: string, max = 80): string {
  const clean = normalizeSpace(text);
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Whether `other` comes after `reference` in document order. */
export function follows(reference: Node, other: Node): boolean {
  return (reference.compareDocumentPosition(other) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

const NODE_FILTER_SHOW_TEXT = 4;

/** Every text node under root whose trimmed text matches the pattern. */
export function findTextNodes(root: Node, pattern: RegExp): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NODE_FILTER_SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length < 400 && pattern.test(normalizeSpace(value))) found.push(node as Text);
  }
  return found;
}

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return isHttpUrl(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

/** The host name of a URL, or '' when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
