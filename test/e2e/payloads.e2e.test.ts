/** Every hostile payload of the corpus, in a real page, through the real popup and both copy
 * buttons in real Chromium: nothing runs in the extension (no dialog, no marker set, no CSP
 * violation), and the article still renders. The page itself may run its own scripts: that is the
 * page's business; the extension's pages are what must hold. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';
import { PAYLOADS, payloadPage } from '../security/payload-page';

let server: FixtureServer;
let pith: ChromiumWithPith;
let tab: Page;

beforeAll(async () => {
  server = await startFixtureServer(undefined, undefined, (path) => {
    const id = /^_payload\/(.+)\.html$/.exec(path)?.[1];
    const payload = id ? PAYLOADS.find((p) => p.id === id) : undefined;
    return payload ? payloadPage(payload) : null;
  });
  pith = await launchChromiumWithPith();
  await pith.browser
    .defaultBrowserContext()
    .overridePermissions(`chrome-extension://${pith.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
  tab = await pith.browser.newPage();
  tab.on('dialog', (dialog) => void dialog.dismiss()); // the hostile page may alert in its own tab
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

/** One payload through the popup and both copy buttons; what went wrong, in words (none: safe). */
async function problemsWith(payload: (typeof PAYLOADS)[number]): Promise<string[]> {
  await tab.goto(server.url(`_payload/${payload.id}.html`), { waitUntil: 'load' }).catch(() => undefined);
  const popup = await openPopupByToolbar(pith, tab);
  try {
    const dialogs: string[] = [];
    const violations: string[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    popup.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await popup.evaluate(
      `document.addEventListener('securitypolicyviolation', (e) => (window.__violations = (window.__violations || 0) + 1))`,
    );
    const view = await readPopup(popup);
    if (view.status === 'article') {
      // Load the images too: a payload hiding in an <img> must not run once it is shown.
      if (await popup.$('button[data-show-images]')) await popup.click('button[data-show-images]');
      for (const button of ['text', 'markdown']) {
        await popup.click(`button[data-copy="${button}"]`);
        await waitFor(
          popup,
          `['Copied', 'Copy failed'].includes(document.querySelector('button[data-copy="${button}"]').textContent)`,
          5_000,
        );
      }
    }
    const [pwned, cspEvents] = (await popup.evaluate('[typeof window.__pwned, window.__violations || 0]')) as [
      string,
      number,
    ];
    return [
      view.status !== 'article' && `no article (${view.status}: ${view.visibleText.slice(0, 80)})`,
      !view.paragraphs.some((p) => p.startsWith('The city council voted on Tuesday')) && 'body missing',
      pwned !== 'undefined' && 'marker set in the popup',
      dialogs.length > 0 && `dialog: ${dialogs[0]}`,
      (cspEvents > 0 || violations.length > 0) && `CSP violation: ${violations[0] ?? cspEvents}`,
    ].filter((problem): problem is string => typeof problem === 'string');
  } finally {
    await popup.close();
  }
}

// PAYLOAD_LIMIT=n runs the first n only (to debug one quickly).
const CHOSEN = PAYLOADS.slice(0, Number(process.env.PAYLOAD_LIMIT ?? PAYLOADS.length));

// One browser and one tab for every payload (a browser start costs more than a page); one test,
// and so one verdict, per payload.
describe(`Chromium: ${CHOSEN.length} hostile pages through the popup and the copy buttons`, () => {
  it.each(CHOSEN.map((payload) => [payload.id, payload] as const))(
    '%s: runs nothing in the extension, and the article renders',
    async (_id, payload) => {
      expect(await problemsWith(payload)).toEqual([]);
    },
    60_000,
  );
});
