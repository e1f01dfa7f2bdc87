/** Reading a page off its main thread. The content script captures the page (content/capture.ts)
 * and sends it over a port to Pith's reader: Chrome's offscreen document, or Firefox's background
 * page (both have a DOM: DOMParser). The reader parses the capture into a document like the live
 * one, runs core on it exactly as the content script would, and sends back the extraction plus,
 * for per-site mode, where the clutter is: each block as its document-order index and tag, which
 * the content script maps back onto the live page (content/read-page.ts).
 *
 * A port, not runtime.sendMessage: a message goes to every listener of every extension page
 * (the service worker would copy megabytes of HTML for nothing); a port named READ_PORT reaches
 * only the reader's onConnect listener. */
import { browser } from 'wxt/browser';
import { extractArticle, findPageClutter, OFF_THREAD_MAX_ELEMENTS } from '../core';
import type { Extraction, ExtractOptions } from '../core';
import type { PageCapture } from '../content/capture';
import { atPageAddress } from './page-address';

export const READ_PORT = 'pith-read';

export interface ReadRequest {
  capture: PageCapture;
  options: ExtractOptions;
  /** Per-site mode: also find the page's clutter. */
  declutter: boolean;
}

/** A block to hide, named by its place among the page's elements (document order). */
export interface ClutterRef {
  index: number;
  /** Its tag name (upper case), checked before hiding: the live page may have changed since. */
  tag: string;
  /** Its class attribute, checked the same way. */
  className: string;
}

export interface ReadReply {
  extraction: Extraction;
  clutter: ClutterRef[];
}

/** The capture as a document: shadow roots put back in their hosts, <noscript> as the live page
 * has it (text where scripts run). Its address is the reader's own: read it within
 * `atPageAddress` (extension/page-address.ts). */
export function parseCapture(capture: PageCapture, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(capture.html, 'text/html');
  // DOMParser leaves declarative shadow roots as <template> elements.
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    try {
      host.attachShadow({ mode }).append((template as HTMLTemplateElement).content);
      template.remove();
    } catch {
      // Not an element that can host a shadow root: leave the template (core ignores its content).
    }
  }
  // DOMParser parses with scripting off, so <noscript> holds elements; on a live page where scripts
  // run it holds its markup as text. Put it back as the page has it, so both read — and count — alike.
  if (capture.noscriptAsText) {
    for (const noscript of Array.from(doc.querySelectorAll('noscript'))) {
      if (noscript.firstElementChild) noscript.textContent = noscript.innerHTML;
    }
  }
  return doc;
}

export function readCapture(request: ReadRequest, parser?: DOMParser): ReadReply {
  return atPageAddress(request.capture, () => read(request, parser));
}

function read({ capture, options, declutter }: ReadRequest, parser?: DOMParser): ReadReply {
  const doc = parseCapture(capture, parser);
  const extraction = extractArticle(doc, capture.url, { maxElements: OFF_THREAD_MAX_ELEMENTS, ...options });
  if (!declutter || !extraction.ok) return { extraction, clutter: [] };
  const blocks = new Set(findPageClutter(doc, capture.url, extraction.article, options.rules));
  const clutter: ClutterRef[] = [];
  if (blocks.size === 0) return { extraction, clutter };
  const elements = doc.getElementsByTagName('*');
  for (let index = 0; index < elements.length; index++) {
    const el = elements[index];
    if (blocks.has(el))
      clutter.push({ index, tag: el.tagName.toUpperCase(), className: el.getAttribute('class') ?? '' });
  }
  return { extraction, clutter };
}

/** How many pages this reader has read (tests check that reading really happened here). */
let readsServed = 0;
export function offThreadReadsServed(): number {
  return readsServed;
}

/** Answers the content scripts' READ_PORT ports: one request, one reply, per port. */
export function serveOffThreadReads(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== READ_PORT) return;
    port.onMessage.addListener((request: ReadRequest) => {
      let reply: ReadReply;
      try {
        reply = readCapture(request);
      } catch (error) {
        const message = `Pith couldn't extract an article from this page. (${error instanceof Error ? error.message : String(error)})`;
        reply = { extraction: { ok: false, problem: { kind: 'failed', message } }, clutter: [] };
      }
      readsServed++;
      try {
        port.postMessage(reply);
      } catch {
        // The tab went away while it was read.
      }
    });
  });
}
