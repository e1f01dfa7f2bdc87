/** Last touches on the sanitized body: no second copy of the headline, byline or lead caption,
 * no caption shown twice, no empty shells left behind by removed widgets. */
import type { RemovedBlock, Takeaways } from './article';
import { snippet, textOf } from './dom';

interface TidyContext {
  title: string | null;
  /** Shown in their own box: a paragraph of the body that repeats one (a standfirst that is the
   * schema.org abstract) goes. */
  takeaways: Takeaways | null;
  byline: string | null;
  leadCaption: string | null;
  removed: RemovedBlock[];
}

const KEEP_EMPTY = 'img, picture, hr, br, video, table, math';

/** Every drop here is a second copy of what the reader shows elsewhere (headline, byline, caption, summary). */
function drop(el: Element, reason: string, removed: RemovedBlock[]): void {
  removed.push({ reason, text: snippet(textOf(el)), shownElsewhere: true });
  el.remove();
}

function isBylineText(text: string, byline: string): boolean {
  return text.replace(/^by\s+/i, '').toLowerCase() === byline.toLowerCase();
}

export function tidyBody(body: Element, { title, byline, leadCaption, takeaways, removed }: TidyContext): void {
  const summaries = new Set(takeaways?.items ?? []);
  if (summaries.size) {
    for (const p of Array.from(body.querySelectorAll('p')))
      if (summaries.has(textOf(p))) drop(p, 'summary repeated in the body', removed);
  }
  // A picture's caption can be the headline too.
  for (const heading of Array.from(body.querySelectorAll('h1, h2, figcaption'))) {
    if (title && textOf(heading) === title) drop(heading, 'headline repeated in the body', removed);
  }
  if (byline) {
    for (const el of Array.from(body.querySelectorAll('p, div, span, address'))) {
      if (body.contains(el) && isBylineText(textOf(el), byline)) drop(el, 'byline repeated in the body', removed);
    }
  }
  // A figure often repeats its caption (an overlay, a lightbox text) beside the <figcaption>.
  for (const figure of Array.from(body.querySelectorAll('figure'))) {
    const caption = textOf(figure.querySelector('figcaption'));
    if (!caption) continue;
    for (const el of Array.from(figure.querySelectorAll('p, div, span'))) {
      const text = textOf(el);
      if (!el.closest('figcaption') && !el.querySelector('figcaption, img') && text && caption.startsWith(text)) {
        drop(el, 'caption repeated', removed);
      }
    }
  }
  if (leadCaption) {
    for (const el of Array.from(body.querySelectorAll('p, div, span, figcaption'))) {
      const text = textOf(el);
      if (text.length > 30 && leadCaption.startsWith(text)) drop(el, 'lead caption repeated', removed);
    }
  }
  for (const el of Array.from(body.querySelectorAll('p, div, section, span, figure, li, ul, ol')).reverse()) {
    // In code every space is meaning: a highlighter's whitespace-only <span>s are its indentation.
    if (textOf(el) || el.querySelector(KEEP_EMPTY) || el.closest('pre, code')) continue;
    // A whitespace-only <span> between words is the space that separates them.
    if (el.localName === 'span' && el.textContent) el.replaceWith(el.ownerDocument.createTextNode(' '));
    else el.remove();
  }
}
