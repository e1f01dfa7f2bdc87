/** Everything that leaves core as HTML goes through DOMPurify: it will be shown in a privileged
 * extension page. The same call is made again in the popup before rendering (defence in depth). */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const FORBID_TAGS = [
  'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source', 'track', 'dialog',
];
// Presentation and identity attributes go too: ids and names are how a page clobbers globals;
// `background` (table and cell images) is one more way to make the reader fetch something.
const FORBID_ATTR = [
  'style', 'class', 'id', 'name', 'srcset', 'sizes', 'loading', 'decoding', 'tabindex', 'contenteditable', 'draggable',
  'autofocus', 'background',
];

const purifiers = new WeakMap<object, DOMPurify>();

function setLast(el: Element, name: string, value: string): void {
  el.removeAttribute(name);
  el.setAttribute(name, value);
}

function purifierFor(win: Window): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Removed, then set last, so sanitizing Pith's own output again gives the very same HTML.
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        setLast(node, 'target', '_blank');
        setLast(node, 'rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') setLast(node, 'referrerpolicy', 'no-referrer');
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false };

/** Sanitized copy of `input` (HTML text or a node) as a fragment of the window's document. */
export function sanitizeToFragment(win: Window, input: string | Node): DocumentFragment {
  return purifierFor(win).sanitize(input, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitizes an element and everything in it, in place (no copy): for the disposable clone that
 * extraction works on. */
export function sanitizeInPlace<T extends Element>(win: Window, element: T): T {
  purifierFor(win).sanitize(element, { ...CONFIG, IN_PLACE: true });
  return element;
}

export function sanitizeHtml(win: Window, input: string | Node): string {
  return purifierFor(win).sanitize(input, CONFIG) as string;
}
