/** Per-site mode: runs by itself on the sites the user turned Pith on for (registered at run time
 * by the background through scripting.registerContentScripts, never listed in the manifest), and
 * once in the current tab when the user turns a site on. It reads the article, hides the page's
 * clutter in place behind a "Clean | Original" switch, and reports to the background, which sets
 * the badge and keeps the article so the popup opens at once. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hideInPlace } from '../content/hide-in-place';
import { mountPageToggle } from '../content/page-toggle';
import { onMessage, sendMessage } from '../extension/messages';
import { readPage } from '../content/read-page';

declare global {
  var __pithAutoRan: boolean | undefined;
}

/** Single-page sites change the story without loading a page: the address is checked this often… */
const ADDRESS_CHECK_MS = 1000;
/** …and the new story read this long after it changed, once the site has put it in place. */
const SETTLE_MS = 800;

interface Cleaned {
  /** Shows the page as it was and takes the switch away. */
  undo(): void;
}

async function cleanPage(): Promise<Cleaned> {
  const url = location.href;
  const { extraction, clutter } = await readPage(document, {}, true);
  if (!extraction.ok) {
    void sendMessage('pageRead', { url, article: null, hiddenCount: 0 }).catch(() => undefined);
    return { undo() {} };
  }
  const blocks = hideInPlace(clutter);
  const toggle = blocks.count > 0 ? mountPageToggle(document, blocks) : null;
  void sendMessage('pageRead', { url, article: extraction.article, hiddenCount: blocks.count }).catch(() => undefined);
  return { undo: () => toggle?.remove() };
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Registered on load *and* injected when the user turns the site on: run once per page.
    if (globalThis.__pithAutoRan) return;
    globalThis.__pithAutoRan = true;
    // Reading is asynchronous (off the page's thread): an undo waits for the cleaning it undoes.
    let cleaned = cleanPage();
    let address = location.href;
    let stopped = false;
    // The site was turned off or Pith paused: put the page back and stay out of it.
    onMessage('restorePage', () => {
      stopped = true;
      void cleaned.then((done) => done.undo());
    });
    const watch = setInterval(() => {
      if (stopped) return clearInterval(watch);
      if (location.href === address) return;
      address = location.href;
      void cleaned.then((done) => done.undo());
      setTimeout(() => {
        if (!stopped && location.href === address) cleaned = cleanPage();
      }, SETTLE_MS);
    }, ADDRESS_CHECK_MS);
  },
});
