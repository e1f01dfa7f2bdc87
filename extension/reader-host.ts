/** Where Pith's off-thread reader (extension/off-thread.ts) lives, kept by the background. Firefox:
 * the background page itself, which has a DOM. Chrome: its service worker has none, so an offscreen
 * document (reason DOM_PARSER), created when a page is first read and kept (reading the next page
 * then costs no start-up). */
import { browser } from 'wxt/browser';
import { serveOffThreadReads } from './off-thread';

export const OFFSCREEN_PATH = '/offscreen.html';

/** Chrome's offscreen API (absent in Firefox and in the types of the cross-browser `browser`). */
interface OffscreenApi {
  hasDocument?: () => Promise<boolean>;
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
}

const readsHere = typeof DOMParser === 'function';

/** Called once at every start of the background. */
export function startReaderHost(): void {
  if (readsHere) serveOffThreadReads();
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.()) return;
  creating ??= api
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Pith reads pages here, off their main thread.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Whether a reader is ready to take a page (false: the content script reads it in place). */
export async function prepareReader(): Promise<boolean> {
  if (readsHere) return true;
  const api = offscreenApi();
  if (!api) return false;
  try {
    await ensureOffscreenDocument(api);
    return true;
  } catch (error) {
    // Another start won the race: the document is there all the same.
    if (await api.hasDocument?.().catch(() => false)) return true;
    console.warn('Pith: could not open its reader; pages are read in place.', error);
    return false;
  }
}
