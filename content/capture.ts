/** The only work the page's own thread does when Pith reads it: one serialization of the live page
 * (its open web components' shadow roots included), its address and its base address. Parsing and
 * the whole reading pipeline then run in an extension document (see extension/off-thread.ts).
 *
 * Core reads nothing else from the live page: no computed style, no layout (hidden-content.ts and
 * shadow-content.ts only look at shadow roots, which the serialization carries). */

export interface PageCapture {
  /** The document as HTML, doctype included (it decides quirks mode, which changes parsing). */
  html: string;
  /** The page's address (what the reader is told it read). */
  url: string;
  /** The address relative links resolve against (a page's <base> may change it). */
  baseUrl: string;
  /** How many elements the live page has, to say how large a refused page was. */
  elementCount: number;
  /** Whether the live page holds <noscript> content as text (it does where scripts run; a parser
   * with scripting off, as DOMParser, makes elements of it). */
  noscriptAsText: boolean;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const publicId = type.publicId ? ` PUBLIC "${type.publicId}"` : '';
  const systemId = type.systemId ? `${type.publicId ? '' : ' SYSTEM'} "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}

/** The open shadow roots of the page's own elements (one level, as core reads them). */
function openShadowRoots(elements: HTMLCollectionOf<Element>): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let i = 0; i < elements.length; i++) {
    const root = elements[i].shadowRoot;
    if (root) roots.push(root);
  }
  return roots;
}

function parsesNoscriptAsText(doc: Document): boolean {
  const probe = doc.createElement('div');
  probe.innerHTML = '<noscript><i></i></noscript>';
  return probe.firstElementChild?.firstElementChild == null;
}

/** The page, or null when it is not an HTML page that parses back to itself (an XML or SVG
 * document, XHTML): those are read in place, as before. */
export function capturePage(doc: Document): PageCapture | null {
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== XHTML || doc.contentType !== 'text/html') return null;
  const elements = doc.getElementsByTagName('*');
  let inner: string;
  if (typeof root.getHTML === 'function') {
    // Shadow roots are serialized as <template shadowrootmode> in their hosts; the reader turns
    // them back into shadow roots.
    inner = root.getHTML({ serializableShadowRoots: true, shadowRoots: openShadowRoots(elements) });
  } else {
    inner = root.innerHTML;
  }
  // The <html> element's own tag, with its attributes (lang and dir matter to the reader).
  const shell = (root.cloneNode(false) as Element).outerHTML;
  const close = shell.lastIndexOf('</');
  const html = `${doctypeOf(doc)}${shell.slice(0, close)}${inner}${shell.slice(close)}`;
  return {
    html,
    url: doc.URL,
    baseUrl: doc.baseURI,
    elementCount: elements.length,
    noscriptAsText: parsesNoscriptAsText(doc),
  };
}
