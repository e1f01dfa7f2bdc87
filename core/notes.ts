/** Notes and footnotes that the page sets in <aside> or <footer>. Readability 0.6 deletes every
 * <aside> and <footer> inside the article it found (its `_prepArticle`), and Pith's page-footer
 * rule takes any short <footer>: the footnotes at the end of a story, or a note set beside its
 * paragraphs, would go with them. So before both, the ones that read as notes become <section>s
 * (attributes kept: the other clutter rules still judge them by class and text) and get their own
 * tag back after Readability.
 *
 * A note is prose in the flow of the story: an <aside> next to paragraphs, holding a sentence or
 * more, mostly not links, no form. Footnotes are the list the story's references point to, or a
 * block named or marked as footnotes. */
import { linkDensity, textOf } from './dom';

const FOOTNOTES_NAME = /foot-?notes?|end-?notes?/i;

function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''}`;
}

/** The fragment links of the page ("#fn1"), read once and only if a list with ids needs them. */
type FragmentLinks = () => Array<{ link: Element; id: string }>;

function fragmentLinksOf(root: Element): FragmentLinks {
  let links: Array<{ link: Element; id: string }> | null = null;
  return () => {
    links ??= Array.from(root.getElementsByTagName('a'))
      .map((link) => ({ link, href: link.getAttribute('href') ?? '' }))
      .filter(({ href }) => href.startsWith('#') && href.length > 1)
      .map(({ link, href }) => ({ link, id: safeDecode(href.slice(1)) }));
    return links;
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether the story links to items of this list ("#fn1" → <li id="fn1">). */
function isReferencedList(el: Element, fragmentLinks: FragmentLinks): boolean {
  const ids = new Set(Array.from(el.getElementsByTagName('li'), (li) => li.id).filter(Boolean));
  return ids.size > 0 && fragmentLinks().some(({ link, id }) => ids.has(id) && !el.contains(link));
}

function isFootnotes(el: Element, fragmentLinks: FragmentLinks): boolean {
  return (
    FOOTNOTES_NAME.test(nameOf(el)) ||
    /^doc-(end|foot)notes?$/.test(el.getAttribute('role') ?? '') ||
    isReferencedList(el, fragmentLinks)
  );
}

/** In the flow of the story: a paragraph of prose beside it. */
function besideProse(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  return Array.from(parent.children).some(
    (sibling) => sibling !== el && sibling.localName === 'p' && textOf(sibling).length >= 80,
  );
}

function isNote(el: Element): boolean {
  if (el.localName !== 'aside' || el.querySelector('form, input, button, select, textarea, iframe')) return false;
  return textOf(el).length >= 40 && linkDensity(el) < 0.3 && besideProse(el);
}

/** The same element under another tag: its attributes too, so that the clutter rules still read
 * its class and role. */
function retag(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}

/** Hides notes and footnotes from Readability as <section>s; the returned function gives them
 * their own tag back in what Readability kept. */
export function protectNotes(root: Element): (content: Node) => void {
  const held = new Map<Element, string>();
  const fragmentLinks = fragmentLinksOf(root);
  const candidates = [
    ...Array.from(root.getElementsByTagName('aside')),
    ...Array.from(root.getElementsByTagName('footer')),
  ];
  // Innermost first, so that retagging an outer one moves an inner one already done.
  const depth = (el: Element) => {
    let n = 0;
    for (let node = el.parentElement; node; node = node.parentElement) n++;
    return n;
  };
  const depths = new Map(candidates.map((el) => [el, depth(el)]));
  candidates.sort((a, b) => depths.get(b)! - depths.get(a)!);
  for (const el of candidates) {
    if (isFootnotes(el, fragmentLinks) || isNote(el)) held.set(retag(el, 'section'), el.localName);
  }
  return (content: Node) => {
    for (const [section, tag] of held) if (content.contains(section)) retag(section, tag);
  };
}
