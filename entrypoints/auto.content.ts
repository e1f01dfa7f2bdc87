/** Per-site mode: runs by itself on the sites the user turned Pith on for (registered at run time
 * by the background through scripting.registerContentScripts, never listed in the manifest), and
 * once in the current tab when the user turns a site on. It reads the article with the user's own
 * rules for the site, hides the page's clutter in place behind a "Clean | Original" switch, and
 * reports to the background, which sets the badge and keeps the article so the popup opens at once.
 *
 * Its lifetime is WXT's ContentScriptContext: a newer copy of this script in the same page (the
 * site turned on while the registered script already ran, or an update re-injecting it) and an
 * extension that is updated or disabled invalidate it, and an invalidated script puts the page
 * back as published. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteRule } from '../core';
import { hideInPlace } from '../content/hide-in-place';
import { mountPageToggle } from '../content/page-toggle';
import { onMessage, sendMessage } from '../extension/messages';
import { readUserRules } from '../extension/user-rules';
import { readPage } from '../content/read-page';

/** A single-page site's next story is read this long after the address changed, once the site
 * has put it in place. */
const SETTLE_MS = 800;
/** How often the script checks that Pith is still installed and enabled (disabling an extension
 * tells its content scripts nothing; WXT's context notices when it is asked). */
const ALIVE_CHECK_MS = 2000;

declare global {
  /** Set when this script ran in the page's isolated world (the real-browser tests look for it). */
  var __pithAutoRan: boolean | undefined;
}

interface Cleaned {
  /** Shows the page as it was and takes the switch away. */
  undo(): void;
}

async function cleanPage(rules: SiteRule[]): Promise<Cleaned> {
  const url = location.href;
  const { extraction, clutter } = await readPage(document, { rules }, true);
  if (!extraction.ok) {
    void sendMessage('pageRead', { url, article: null, hiddenCount: 0 }).catch(() => undefined);
    return { undo() {} };
  }
  const blocks = hideInPlace(clutter);
  const toggle = blocks.count > 0 ? mountPageToggle(document, blocks) : null;
  void sendMessage('pageRead', { url, article: extraction.article, hiddenCount: blocks.count }).catch(() => undefined);
  return {
    undo: () => {
      blocks.show();
      toggle?.remove();
    },
  };
}

async function run(ctx: ContentScriptContext): Promise<void> {
  let cleaned: Cleaned = { undo() {} };
  let stopped = false;
  const stop = () => {
    stopped = true;
    cleaned.undo();
  };
  // Reading is asynchronous (off the page's thread): only the latest cleaning stays; one that
  // finishes after a newer one started, or after Pith was stopped, is undone at once.
  let latest = 0;
  const clean = async () => {
    const run = ++latest;
    const rules = await readUserRules(document);
    if (stopped || ctx.isInvalid || run !== latest) return;
    cleaned.undo();
    cleaned = { undo() {} };
    const done = await cleanPage(rules);
    if (stopped || ctx.isInvalid || run !== latest) return done.undo();
    cleaned = done;
  };
  ctx.onInvalidated(stop);
  // The site was turned off or Pith paused: put the page back and stay out of it.
  ctx.onInvalidated(onMessage('restorePage', stop));
  // The user added or removed a rule for this site: clean again with it.
  ctx.onInvalidated(onMessage('rulesChanged', () => void (stopped ? undefined : clean())));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (stopped) return;
    latest++; // a cleaning still running is for the page before
    cleaned.undo();
    // The event comes as the navigation starts (Navigation API): the address is the new one's.
    const address = event.newUrl.href;
    ctx.setTimeout(() => {
      if (!stopped && location.href === address) void clean();
    }, SETTLE_MS);
  });
  ctx.setInterval(() => undefined, ALIVE_CHECK_MS);
  await clean();
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    globalThis.__pithAutoRan = true;
    void run(ctx);
  },
});
