/** The article's text with the publisher's summary hidden: core already takes the takeaways box
 * out of the body, but a summary list that is also part of the story, or a description repeated
 * as its first paragraph, would let a picker copy the answer. Every paragraph that holds one of
 * the publisher's items, or is held by one, is dropped. */
const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function hidePublisherBox(text: string, items: string[]): string {
  const hidden = items.map(norm).filter((item) => item.length > 20);
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => {
      const p = norm(paragraph);
      return !hidden.some((item) => p.includes(item) || (p.length > 20 && item.includes(p)));
    })
    .join('\n\n');
}
