/** The page's address, for the documents Pith's reader parses from captures. A parsed document's
 * own address is the extension page's, and a <base> element cannot fix that: Pith's extension pages
 * forbid <base> (CSP `base-uri 'none'`, which DOMParser's documents inherit). Core and Readability
 * read the address from `baseURI`, `documentURI` and `URL` (relative links and images, "#place"
 * links, the site's host). So while a read runs — synchronously, from parse to result, one at a
 * time — those three answer the page's address for every document but the reader's own.
 *
 * This changes the getters only in the reader's realm (Chrome's offscreen document, Firefox's
 * background page), never on a web page. */
export interface PageAddress {
  url: string;
  baseUrl: string;
}

let current: PageAddress | null = null;

function ownDocument(node: Node): Document | null {
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument;
}

function override(proto: object, name: string, value: (address: PageAddress) => string): void {
  const original = Object.getOwnPropertyDescriptor(proto, name);
  if (!original?.get) return;
  const get = original.get;
  Object.defineProperty(proto, name, {
    ...original,
    get(this: Node) {
      const doc = current ? ownDocument(this) : null;
      return current && doc && doc !== globalThis.document ? value(current) : get.call(this);
    },
  });
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  override(Node.prototype, 'baseURI', (address) => address.baseUrl);
  override(Document.prototype, 'documentURI', (address) => address.url);
  override(Document.prototype, 'URL', (address) => address.url);
}

/** Runs `read` with parsed documents answering `address` as their address. */
export function atPageAddress<T>(address: PageAddress, read: () => T): T {
  install();
  const outer = current;
  current = address;
  try {
    return read();
  } finally {
    current = outer;
  }
}
