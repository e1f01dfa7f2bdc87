/** The popup shows no picture until the user asks: an <img> in an extension page is a request to
 * the publisher's server made by Pith, and Pith makes none by itself (README, "Security and
 * privacy"). Until then each image is a placeholder saying what it shows. */

/** The body HTML with every image replaced by a labelled placeholder (the input is already
 * sanitized; the result is built with DOM methods, so no text becomes markup). */
export function withImagePlaceholders(doc: Document, html: string): string {
  const template = doc.createElement('template');
  template.innerHTML = html; // template content is inert: nothing in it loads
  for (const img of Array.from(template.content.querySelectorAll('img'))) {
    const placeholder = doc.createElement('span');
    placeholder.className = 'image-placeholder';
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
    placeholder.textContent = placeholderLabel(img.getAttribute('alt') ?? '', caption);
    img.replaceWith(placeholder);
  }
  return template.innerHTML;
}

/** "Image: <alt>", or just "Image" when the caption under it already says the same (no caption twice). */
export function placeholderLabel(alt: string, caption: string | null): string {
  const text = alt.trim();
  return text && !caption?.includes(text) ? `Image: ${text}` : 'Image';
}

export function hasImages(html: string, leadImage: unknown): boolean {
  return !!leadImage || /<img\b/i.test(html);
}
