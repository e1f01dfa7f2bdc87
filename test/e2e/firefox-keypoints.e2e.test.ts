/** Key points in real Firefox: it has no on-device Summarizer, so a page without a takeaways box
 * gets the points Pith picked, labelled so. Not driven: the toolbar button (no such automation in
 * Firefox; the test-mode popup page is opened for the tab, see firefox.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefoxWithPith, openPopupFor } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';

// (Not the CTV fixture the Chromium test uses: Firefox's WebDriver BiDi rejects navigating to it, "Address
// rejected", not investigated; this fixture has no scripts.)
const NO_BOX = 'www.example-tv.test--breaking-gas-leak';

let server: FixtureServer;
let firefox: Browser;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithPith();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: key points', () => {
  it('a page without a takeaways box: 3–5 points "Picked from the article by Pith", each a sentence of the article', async () => {
    const url = server.url(`${NO_BOX}/`);
    const page = await firefox.newPage();
    await page.goto(url);
    const popup = await openPopupFor(firefox, url);
    const view = await readPopup(popup);
    expect(view.status).toBe('article');
    await waitFor(popup, `document.querySelector('.key-points') !== null`, 10_000);
    const box = (await popup.evaluate(`(() => {
      const box = document.querySelector('.key-points');
      return {
        items: Array.from(box.querySelectorAll('.key-points-list li')).map((li) => li.textContent.trim()),
        madeBy: box.querySelector('.key-points-made-by').textContent.trim(),
      };
    })()`)) as { items: string[]; madeBy: string };
    expect(box.madeBy).toBe('Picked from the article by Pith');
    expect(box.items.length).toBeGreaterThanOrEqual(3);
    expect(box.items.length).toBeLessThanOrEqual(5);
    const body = view.paragraphs.join('\n');
    for (const item of box.items) expect(body).toContain(item);
  });
});
