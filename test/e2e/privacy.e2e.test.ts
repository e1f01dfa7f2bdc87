/** Nothing leaves the machine: during the whole KSL flow in real Chromium — the page loads, the
 * toolbar button is pressed, the extractor runs in the page, the popup shows the article, both copy
 * buttons are used — Pith's own contexts make no network request at all.
 *
 * Recorded three ways: the service worker's and the popup's network events over CDP; the page's
 * requests after it finished loading (where a content script's requests would show); and every
 * request the fixture server receives (the page's origin, where the popup would fetch its
 * pictures). As a control that the recorders do see requests, the test then clicks "Show images",
 * which loads the lead picture from the page's server on the user's request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, pithWorker, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';

let server: FixtureServer;
let pith: ChromiumWithPith;
/** Paths the fixture server was asked for, in order. */
const served: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer(undefined, undefined, (path) => {
    served.push(path);
    return null; // only listening: the server answers as usual
  });
  pith = await launchChromiumWithPith();
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

/** Network requests, other than the extension's own packaged files. */
const isNetwork = (url: string) => !url.startsWith('chrome-extension://') && !url.startsWith('data:');

describe('Chromium: privacy during the full KSL flow', () => {
  it('the service worker, the popup and the extractor in the page request nothing', async () => {
    const workerRequests: string[] = [];
    const worker = await pithWorker(pith);
    worker.client.on('Network.requestWillBeSent', ({ request }) => workerRequests.push(request.url));
    await worker.client.send('Network.enable');

    const page = await pith.browser.newPage();
    await page.goto(server.url(`${KSL}/`), { waitUntil: 'networkidle0' });
    const pageRequests: string[] = [];
    page.on('request', (request: HTTPRequest) => pageRequests.push(request.url()));
    served.length = 0;

    const popup: Page = await openPopupByToolbar(pith, page);
    const popupRequests: string[] = [];
    popup.on('request', (request: HTTPRequest) => popupRequests.push(request.url()));
    const view = await readPopup(popup);
    expect(view.status).toBe('article');
    await pith.browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${pith.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
    for (const button of ['text', 'markdown']) {
      await popup.click(`button[data-copy="${button}"]`);
      await waitFor(popup, `document.querySelector('button[data-copy="${button}"]').textContent === 'Copied'`, 5_000);
    }
    await new Promise((done) => setTimeout(done, 1000)); // anything late would show by now

    expect(served).toEqual([]);
    expect(pageRequests.filter(isNetwork)).toEqual([]);
    expect(popupRequests.filter(isNetwork)).toEqual([]);
    expect(workerRequests.filter(isNetwork)).toEqual([]);
    expect(await popup.$$eval('img', (imgs) => imgs.length)).toBe(0);

    // Control: on the user's request the popup does load the pictures, and the recorders see it.
    await popup.click('button[data-show-images]');
    await waitFor(popup, `document.querySelector('.lead-image img')?.complete === true`, 5_000);
    expect(served).toContain(`${KSL}/lead.svg`);
    expect(popupRequests.filter(isNetwork)).toEqual([server.url(`${KSL}/lead.svg`)]);
  });
});
