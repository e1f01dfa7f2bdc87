/** A short bullet list right under the headline, before the story starts, with no heading of its
 * own (many sites set their summary so). */
import type { RemovedBlock, Takeaways } from '../article';
import { linkDensity, textOf } from '../dom';
import { holdsPictures, listItems, readsAsSentence } from './items';
import { takeOut } from './take-out';

const MIN_ITEMS = 2;
const MAX_ITEMS = 6;
/** How far past the headline a summary list may sit (byline, date and picture come between). */
const MAX_ELEMENTS_AFTER_HEADLINE = 40;

/** A short title of a box: a list set under one ("5 tips for your car loan") belongs to it. The
 * headline itself, a dek (a sentence, longer) and the byline are not such titles. */
const MAX_TITLE_CHARS = 50;
const TITLE_CLASS = /(^|[-_\s])(headline|title|heading)s?($|[-_\s])/i;

function previousWithText(el: Element): Element | null {
  let previous = el.previousElementSibling;
  while (previous && !textOf(previous)) previous = previous.previousElementSibling;
  return previous;
}

function hasOwnTitle(list: Element, headline: Element): boolean {
  const previous = previousWithText(list);
  if (!previous || previous === headline || previous.contains(headline)) return false;
  const text = textOf(previous);
  const titled = /^h[2-6]$/.test(previous.localName) || TITLE_CLASS.test(previous.getAttribute('class') ?? '');
  return titled && text.length <= MAX_TITLE_CHARS;
}

export function takeListUnderHeadline(root: Element, removed: RemovedBlock[]): Takeaways | null {
  const headline = root.getElementsByTagName('h1')[0]; // the first is enough: no need to list them all
  if (!headline) return null;
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_ELEMENTS_AFTER_HEADLINE; node = walker.nextNode(), seen++) {
    const el = node as Element;
    if (headline.contains(el)) continue;
    if (el.localName === 'p' && textOf(el).length >= 100) return null; // the story has begun
    if ((el.localName === 'ul' || el.localName === 'ol') && !el.closest('nav, footer')) {
      // Without a heading to vouch for it, a list must read as sentences to be a summary (byline,
      // share and date lists sit under headlines too).
      const items = listItems(el);
      const sentences = items.every((item) => readsAsSentence(item, { minChars: 30, minWords: 6 }));
      if (!sentences || items.length < MIN_ITEMS || items.length > MAX_ITEMS || linkDensity(el) > 0.1) continue;
      if (holdsPictures(el) || hasOwnTitle(el, headline)) continue;
      return takeOut(
        root,
        { heading: 'Summary', items, elements: [el], reason: 'summary list under the headline (shown in its own box)' },
        removed,
      );
    }
  }
  return null;
}
