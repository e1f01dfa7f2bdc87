/** The popup shows no picture until the user asks (or chose to load them on the site, or
 * everywhere): an <img> in an extension page is a request to the publisher's server made by Pith,
 * and Pith makes none by itself (README, "Security and privacy"). Until then each picture is a
 * one-line placeholder saying what it shows — its alt text, else its caption, else "Picture n of
 * m" — with a small frame of the picture's own shape when its width and height are known. */
import { i18n } from '../extension/i18n';

export interface PictureFacts {
  alt: string;
  /** The caption shown under the picture, if any (then the placeholder does not repeat it). */
  caption: string | null;
  width?: number;
  height?: number;
}

/** The placeholder's words: "Picture 2 of 5: <what it shows>", or just "Picture 2 of 5" when the
 * caption under it already says what it shows (no caption twice) or nothing does. */
export function placeholderLabel(picture: PictureFacts, n: number, total: number): string {
  const alt = picture.alt.replace(/\s+/g, ' ').trim();
  const caption = picture.caption?.replace(/\s+/g, ' ').trim() ?? '';
  const captionShown = caption !== '';
  const says = alt && !(captionShown && caption.includes(alt)) ? alt : '';
  return says ? i18n.t('images.numberedWithText', [n, total, says]) : i18n.t('images.numbered', [n, total]);
}

/** width / height as a CSS aspect ratio, when both are sane numbers (else the frame is square). */
export function aspectRatio(width: unknown, height: unknown): string | null {
  const w = Number(width);
  const h = Number(height);
  if (!Number.isFinite(w) || !Number.isFinite(h) || w <= 0 || h <= 0) return null;
  const ratio = w / h;
  return ratio >= 0.1 && ratio <= 10 ? `${Math.round(w)} / ${Math.round(h)}` : null;
}

/** A placeholder element, built with DOM methods (no text becomes markup). */
export function placeholderElement(doc: Document, picture: PictureFacts, n: number, total: number): HTMLElement {
  const placeholder = doc.createElement('span');
  placeholder.className = 'image-placeholder';
  const shape = doc.createElement('span');
  shape.className = 'image-placeholder-shape';
  shape.setAttribute('aria-hidden', 'true');
  const ratio = aspectRatio(picture.width, picture.height);
  if (ratio) {
    shape.style.aspectRatio = ratio;
    placeholder.dataset.aspectRatio = ratio;
  }
  const label = doc.createElement('span');
  label.className = 'image-placeholder-label';
  label.textContent = placeholderLabel(picture, n, total);
  placeholder.append(shape, label);
  return placeholder;
}

/** The body HTML with every image replaced by a placeholder, numbered after the `before` pictures
 * shown above the body (the lead picture). The input is already sanitized. */
export function withImagePlaceholders(doc: Document, html: string, before = 0): string {
  const template = doc.createElement('template');
  template.innerHTML = html; // template content is inert: nothing in it loads
  const images = Array.from(template.content.querySelectorAll('img'));
  const total = before + images.length;
  images.forEach((img, i) => {
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent ?? null;
    const facts = {
      alt: img.getAttribute('alt') ?? '',
      caption,
      width: numberAttr(img, 'width'),
      height: numberAttr(img, 'height'),
    };
    img.replaceWith(placeholderElement(doc, facts, before + i + 1, total));
  });
  return template.innerHTML;
}

function numberAttr(img: Element, name: string): number | undefined {
  const value = img.getAttribute(name);
  return value === null ? undefined : Number.parseFloat(value);
}

export function countImages(html: string): number {
  return (html.match(/<img\b/gi) ?? []).length;
}

export function hasImages(html: string, leadImage: unknown): boolean {
  return !!leadImage || countImages(html) > 0;
}
