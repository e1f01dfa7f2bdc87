/** Everything that leaves core as HTML goes through DOMPurify: it will be shown in a privileged
 * extension page. The same call is made again in the popup before rendering (defence in depth).
 *
 * MathML is kept (DOMPurify's own MathML allow-list and namespace checks, which are what defeat
 * the MathML mutation-XSS tricks), with `<semantics>` and `<annotation>` added so that a formula's
 * TeX source reaches Copy text and Markdown; `<annotation-xml>` (which can hold HTML) stays out. */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { codeLanguageClass } from './code-blocks';

const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'track',
  'dialog',
  'annotation-xml',
  'maction',
];
/** Text-only MathML wrappers DOMPurify leaves out by default: browsers render the first child of
 * <semantics> and never the annotations, whose text is only text. */
const ADD_TAGS = ['semantics', 'annotation'];
// Presentation and identity attributes go too: ids and names are how a page clobbers globals;
// `background` (table and cell images) is one more way to make the reader fetch something.
const FORBID_ATTR = [
  'style',
  'class',
  'id',
  'name',
  'srcset',
  'sizes',
  'loading',
  'decoding',
  'tabindex',
  'contenteditable',
  'draggable',
  'autofocus',
  'background',
];
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

const purifiers = new WeakMap<object, DOMPurify>();

function setLast(el: Element, name: string, value: string): void {
  el.removeAttribute(name);
  el.setAttribute(name, value);
}

function purifierFor(win: Window): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    // Classes go, except a code block's language ("language-python"), the one class that carries
    // content: read before the attributes are sanitized, set back after.
    const languages = new WeakMap<Element, string>();
    purifier.addHook('beforeSanitizeAttributes', (node) => {
      if (node.nodeName === 'CODE') {
        const language = codeLanguageClass(node.getAttribute('class'));
        if (language) languages.set(node, language);
      }
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Removed, then set last, so sanitizing Pith's own output again gives the very same HTML.
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        setLast(node, 'target', '_blank');
        setLast(node, 'rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') setLast(node, 'referrerpolicy', 'no-referrer');
      const language = languages.get(node);
      if (language) setLast(node, 'class', language);
      // A MathML element with an href is a link that would escape the new-tab, no-opener policy.
      if (node.namespaceURI === MATHML_NAMESPACE) {
        for (const attr of Array.from(node.attributes)) if (attr.localName === 'href') node.removeAttributeNode(attr);
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = { FORBID_TAGS, FORBID_ATTR, ADD_TAGS, ALLOW_DATA_ATTR: false };

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
