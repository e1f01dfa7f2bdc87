/** The body's subheadings as levels under the article's title (h1): the highest becomes h2 and none
 * skips a level, so a page whose story jumps from its headline to <h4> still gives a screen reader
 * an outline that reads in order (axe `heading-order`). Only the tag changes; the text stays. */
export function relevelHeadings(doc: Document, html: string): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const headings = Array.from(template.content.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (headings.length === 0) return html;
  const levelOf = (el: Element) => Number(el.tagName[1]);
  const shift = Math.min(...headings.map(levelOf)) - 2;
  let previous = 1; // the article's title
  for (const heading of headings) {
    const level = Math.min(Math.max(2, levelOf(heading) - shift), previous + 1, 6);
    previous = level;
    if (level === levelOf(heading)) continue;
    const replacement = doc.createElement(`h${level}`);
    for (const attr of Array.from(heading.attributes)) replacement.setAttribute(attr.name, attr.value);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
  return template.innerHTML;
}
