/** The reader's table of contents: the body's subheadings, each given an id to link to. Pure: it
 * works on already-sanitized HTML in an inert <template>. */

export interface TocEntry {
  id: string;
  text: string;
  /** 1 for the body's top subheading level, 2 and 3 below it. */
  depth: number;
}

/** Shown only for an article with at least this many subheadings. */
export const MIN_TOC_ENTRIES = 3;
const HEADINGS = 'h2, h3, h4';

/** The HTML with ids on its subheadings, and the entries (empty below MIN_TOC_ENTRIES). */
export function withHeadingIds(doc: Document, html: string): { html: string; toc: TocEntry[] } {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const found: { el: Element; level: number; text: string }[] = [];
  for (const el of Array.from(template.content.querySelectorAll(HEADINGS))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && !el.closest('[data-pith-restored]')) found.push({ el, level: Number(el.tagName[1]), text });
  }
  if (found.length < MIN_TOC_ENTRIES) return { html, toc: [] };
  const top = Math.min(...found.map((heading) => heading.level));
  const toc = found.map(({ el, level, text }, index) => {
    const id = `pith-section-${index + 1}`;
    el.setAttribute('id', id);
    return { id, text, depth: level - top + 1 };
  });
  return { html: template.innerHTML, toc };
}
