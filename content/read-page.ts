/** Where the content scripts read a page: off its main thread when Pith's reader is there (the
 * page is only captured here, see extension/off-thread.ts), else on it, as Pith always did. The
 * answer is the same either way: the extraction and, for per-site mode, the live page's clutter. */
import { browser } from 'wxt/browser';
import { extractArticle, findPageClutter, PROBLEM_MESSAGES } from '../core';
import type { Extraction, ExtractOptions } from '../core';
import { sendMessage } from '../extension/messages';
import { READ_PORT, type ClutterRef, type ReadReply, type ReadRequest } from '../extension/off-thread';
import { capturePage, type PageCapture } from './capture';

/** Runtime messages are capped at 64 MiB of JSON; a capture this long (in characters) is refused
 * rather than sent. No real article page comes near it (the largest zyte-dev page is 1.6 MB). */
export const MAX_CAPTURE_CHARS = 24_000_000;

export interface PageReading {
  extraction: Extraction;
  /** The live page's clutter (per-site mode only), in document order. */
  clutter: Element[];
  /** Whether the page was read off its main thread. */
  offThread: boolean;
}

/** Sends the capture to the reader and waits for its one reply. Rejects when there is no reader
 * (the port is closed at once) or it goes away before answering. */
function askReader(request: ReadRequest): Promise<ReadReply> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: READ_PORT });
    port.onMessage.addListener((reply: ReadReply) => {
      resolve(reply);
      port.disconnect();
    });
    port.onDisconnect.addListener(() =>
      reject(new Error(browser.runtime.lastError?.message ?? "Pith's reader went away")),
    );
    port.postMessage(request);
  });
}

/** The blocks named by the reader, on the live page: each by its document-order index, kept only
 * if it is still the same kind of element (the page may have changed while it was read). */
export function liveElements(doc: Document, refs: ClutterRef[]): Element[] {
  const elements = doc.getElementsByTagName('*');
  const found: Element[] = [];
  for (const ref of refs) {
    const el = elements[ref.index];
    if (el && el.tagName.toUpperCase() === ref.tag && (el.getAttribute('class') ?? '') === ref.className)
      found.push(el);
  }
  return found;
}

async function readOffThread(
  capture: PageCapture,
  options: ExtractOptions,
  declutter: boolean,
): Promise<ReadReply | null> {
  if (capture.html.length > MAX_CAPTURE_CHARS) {
    const size = `(${Math.round(capture.html.length / 1e6)} MB of HTML, ${capture.elementCount.toLocaleString('en-US')} elements)`;
    return {
      extraction: { ok: false, problem: { kind: 'too-large', message: `${PROBLEM_MESSAGES['too-large']} ${size}` } },
      clutter: [],
    };
  }
  try {
    if (!(await sendMessage('prepareReader', undefined))) return null;
    return await askReader({ capture, options, declutter });
  } catch {
    return null;
  }
}

/** Test builds mark a read's start and end on the page's timeline, for `npm run bench:browser`
 * (the page could see them, so other builds do not). */
const mark = import.meta.env.MODE === 'e2e' ? (name: string) => performance.mark(name) : () => undefined;

export async function readPage(doc: Document, options: ExtractOptions = {}, declutter = false): Promise<PageReading> {
  const reading = await read(doc, options, declutter);
  mark(reading.offThread ? 'pith-read-end-off-thread' : 'pith-read-end-in-page');
  return reading;
}

async function read(doc: Document, options: ExtractOptions, declutter: boolean): Promise<PageReading> {
  mark('pith-read-start');
  let capture: PageCapture | null = null;
  try {
    capture = capturePage(doc);
    mark('pith-captured');
  } catch {
    // A page Pith cannot serialize: read it in place.
  }
  const reply = capture ? await readOffThread(capture, options, declutter) : null;
  if (reply) return { extraction: reply.extraction, clutter: liveElements(doc, reply.clutter), offThread: true };
  // No reader (or not an HTML page): read on the page's thread, as before.
  const url = doc.URL;
  const extraction = extractArticle(doc, url, options);
  const clutter = declutter && extraction.ok ? findPageClutter(doc, url, extraction.article, options.rules) : [];
  return { extraction, clutter, offThread: false };
}
