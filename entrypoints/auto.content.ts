/** Per-site mode: runs by itself on the sites the user turned Pith on for (registered at run time
 * by the background through scripting.registerContentScripts, never listed in the manifest), and
 * once in the current tab when the user turns a site on. It reads the article, hides the page's
 * clutter in place behind a "Clean | Original" switch, and reports to the background, which sets
 * the badge and keeps the article so the popup opens at once. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, findPageClutter } from '../core';
import { hideInPlace } from '../content/hide-in-place';
import { mountPageToggle } from '../content/page-toggle';
import { onMessage, sendMessage } from '../extension/messages';

declare global {
  var __pithAutoRan: boolean | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Registered on load *and* injected when the user turns the site on: run once per page.
    if (globalThis.__pithAutoRan) return;
    globalThis.__pithAutoRan = true;
    const extraction = extractArticle(document, location.href);
    if (!extraction.ok) {
      void sendMessage('pageRead', { url: location.href, article: null, hiddenCount: 0 }).catch(() => undefined);
      return;
    }
    const blocks = hideInPlace(findPageClutter(document, location.href, extraction.article));
    const toggle = blocks.count > 0 ? mountPageToggle(document, blocks) : null;
    onMessage('restorePage', () => {
      toggle?.remove();
    });
    void sendMessage('pageRead', { url: location.href, article: extraction.article, hiddenCount: blocks.count }).catch(() => undefined);
  },
});
