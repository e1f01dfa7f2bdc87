/** Key points in real Chromium: on a page without a takeaways box the popup shows Pith's own key
 * points, labelled as picked by Pith, and Copy text carries that label; on KSL the publisher's
 * box shows as before, with no second box. Headless Chromium has no on-device model (its
 * `Summarizer` is absent or unavailable), so the "Summarized on this device by Chrome" path is
 * tested with a fake Summarizer in test/key-points-view.test.tsx. Also takes the README's
 * screenshot (test-results/popup-keypoints.png, copied to docs/ for the README). */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';

const NO_BOX = 'www.ctvnews.ca--snooze-cruise-hibernating-astronauts';
const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';

let server: FixtureServer;
let pith: ChromiumWithPith;

beforeAll(async () => {
  await mkdir('test-results', { recursive: true });
  server = await startFixtureServer();
  pith = await launchChromiumWithPith();
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

async function popupFor(path: string): Promise<Page> {
  const page = await pith.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return openPopupByToolbar(pith, page);
}

interface KeyPointsReading {
  heading: string;
  items: string[];
  madeBy: string;
  method: string;
}

const readKeyPoints = (popup: Page) =>
  popup.evaluate(`(() => {
    const box = document.querySelector('.key-points');
    return box && {
      heading: box.querySelector('.key-points-heading').innerText.trim(),
      items: Array.from(box.querySelectorAll('.key-points-list li')).map((li) => li.innerText.trim()),
      madeBy: box.querySelector('.key-points-made-by').innerText.trim(),
      method: box.dataset.method,
    };
  })()`) as Promise<KeyPointsReading | null>;

describe('Chromium: key points in the popup', () => {
  it('a page without a takeaways box: 3–5 key points "Picked from the article by Pith", each a sentence of the article', async () => {
    const popup = await popupFor(`${NO_BOX}/`);
    const view = await readPopup(popup);
    expect(view.status).toBe('article');
    await waitFor(popup, `document.querySelector('.key-points') !== null`, 10_000);
    const box = (await readKeyPoints(popup))!;
    expect(box.heading.toLowerCase()).toBe('key points');
    expect(box.madeBy).toBe('Picked from the article by Pith');
    expect(box.method).toBe('extractive');
    expect(box.items.length).toBeGreaterThanOrEqual(3);
    expect(box.items.length).toBeLessThanOrEqual(5);
    const body = view.paragraphs.join('\n');
    for (const item of box.items) expect(body).toContain(item);
    expect(view.takeaways).toEqual([]);
    expect(await popup.$('[data-summarize]')).toBeNull(); // no model in headless Chromium: no download offer
    await popup.screenshot({ path: 'test-results/popup-keypoints.png' }); // the README's picture (docs/) comes from here

    await pith.browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${pith.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
    await popup.click('button[data-copy="text"]');
    await waitFor(popup, `document.querySelector('button[data-copy="text"]').textContent === 'Copied'`, 5_000);
    const copied = (await popup.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toContain(
      `\n\nKey points (picked by Pith):\n${box.items.map((item) => `- ${item}`).join('\n')}\n\n`,
    );
  });

  it("KSL: the publisher's takeaways box as before, and no Key points box", async () => {
    const popup = await popupFor(`${KSL}/`);
    const view = await readPopup(popup);
    expect(view.takeaways).toHaveLength(2);
    expect(view.note).toMatch(/^The Key Takeaways for this article were generated/);
    expect(await readKeyPoints(popup)).toBeNull();
  });
});
