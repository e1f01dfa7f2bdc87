/** Reading off the page's main thread, in real Chromium: the popup's read and per-site mode's
 * in-place declutter go through Pith's offscreen document and give the same article (and hide the
 * same clutter) as reading in the page does; when the offscreen document cannot be opened the
 * content script reads the page itself; a 100,000-element page is read, not refused for its size.
 *
 * Which path read a page is told by the page's timeline: the test build marks the end of each read
 * "pith-read-end-off-thread" or "pith-read-end-in-page" (content/read-page.ts), and the offscreen
 * document counts the pages it read. Main-thread stalls are measured (heartbeat), printed, never
 * asserted (the machine is shared); `npm run bench:browser` reports them over many pages. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, pithWorker, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { pressSiteSwitch, readPopup, waitFor, type PopupReading } from './popup-page';
import { bigPage, BIG_PAGE_TITLE } from '../../bench/browser/big-page';
import { heartbeatScript, longestStall } from '../../bench/browser/heartbeat';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';
const GENERATED: Record<string, string> = {
  '_gen/big-100k.html': bigPage(100_000, heartbeatScript()),
  '_gen/big-39k.html': bigPage(39_000, heartbeatScript()),
};

let server: FixtureServer;
let pith: ChromiumWithPith;

beforeAll(async () => {
  server = await startFixtureServer(undefined, undefined, (path) => GENERATED[path] ?? null);
  pith = await launchChromiumWithPith(resolve('.output/chrome-mv3-e2e'));
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await pith.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return page;
}

/** How each read in the page ended, in order ("off-thread" or "in-page"). */
async function readPaths(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('pith-read-end-'))
      .map((m) => m.name.slice('pith-read-end-'.length)),
  );
}

/** Pages read by the offscreen document so far, or null when there is none. */
async function offscreenReads(): Promise<number | null> {
  const target = pith.browser
    .targets()
    .find((t) => t.url() === `chrome-extension://${pith.extensionId}/offscreen.html`);
  if (!target) return null;
  const session = await target.createCDPSession();
  try {
    const { result } = await session.send('Runtime.evaluate', {
      expression: 'globalThis.__pithReadsServed()',
      returnByValue: true,
    });
    return result.value as number;
  } finally {
    await session.detach();
  }
}

async function popupReading(page: Page): Promise<PopupReading> {
  const popup = await openPopupByToolbar(pith, page);
  try {
    return await readPopup(popup);
  } finally {
    await popup.close().catch(() => undefined);
  }
}

/** Makes Chrome refuse to open the offscreen document (closing the one that is open), as a
 * browser without the API or a failing one would: the service worker's call rejects. */
async function breakOffscreen(): Promise<void> {
  const worker = await pithWorker(pith);
  await worker.evaluate(async () => {
    if (await chrome.offscreen.hasDocument()) await chrome.offscreen.closeDocument();
    const api = chrome.offscreen as unknown as { __original?: unknown; createDocument: unknown };
    api.__original = api.createDocument;
    api.createDocument = () => Promise.reject(new Error('refused for the test'));
  });
}

async function repairOffscreen(): Promise<void> {
  const worker = await pithWorker(pith);
  await worker.evaluate(() => {
    const api = chrome.offscreen as unknown as { __original?: unknown; createDocument: unknown };
    api.createDocument = api.__original;
  });
}

/** The elements the page hides (Pith hides with an inline display:none !important), by tag and text. */
async function hiddenBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter(
        (el) =>
          el.style.getPropertyValue('display') === 'none' && el.style.getPropertyPriority('display') === 'important',
      )
      .map((el) => `${el.tagName} ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`),
  );
}

describe('Chromium: pages are read off their main thread', () => {
  let offThreadReading: PopupReading;

  it("the popup's read of the KSL page goes through the offscreen document", async () => {
    const page = await openPage(`${KSL}/`);
    offThreadReading = await popupReading(page);
    expect(offThreadReading.status).toBe('article');
    expect(offThreadReading.title).toBe(
      "Mexico's Sheinbaum says US military intervention ruled out after talks with Trump",
    );
    expect(offThreadReading.paragraphs).toHaveLength(11);
    expect(await readPaths(page)).toEqual(['off-thread']);
    expect(await offscreenReads()).toBe(1);
    await page.close();
  });

  it('a 100,000-element page gives its article (not refused for size), read off the thread', async () => {
    for (const [path, elements] of [
      ['_gen/big-39k.html', 39_000],
      ['_gen/big-100k.html', 100_000],
    ] as const) {
      const page = await openPage(path);
      const pressedAt = (await page.evaluate('performance.now()')) as number;
      const view = await popupReading(page);
      expect(view.status).toBe('article');
      expect(view.title).toBe(BIG_PAGE_TITLE);
      expect(await readPaths(page)).toEqual(['off-thread']);
      const beats = (await page.evaluate('window.__gaps')) as Array<[number, number]>;
      console.log(
        `off-thread read, ${elements.toLocaleString('en-US')}-element page: longest main-thread stall ${Math.round(longestStall(beats, pressedAt, Infinity))} ms`,
      );
      await page.close();
    }
  });

  it('when the offscreen document cannot be opened, the page is read in place: the same article', async () => {
    await breakOffscreen();
    try {
      const page = await openPage(`${KSL}/`);
      const inPage = await popupReading(page);
      expect(await readPaths(page)).toEqual(['in-page']);
      expect(await offscreenReads()).toBeNull();
      expect(inPage).toEqual(offThreadReading);
      await page.close();
    } finally {
      await repairOffscreen();
    }
  });

  it('per-site mode hides the same clutter off the thread as in place, and keeps the article visible', async () => {
    const page = await openPage(`${KSL}/`);
    const popup = await openPopupByToolbar(pith, page);
    await pressSiteSwitch(popup, 'on');
    await popup.close().catch(() => undefined);
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 15_000);
    // The popup read the page first (off the thread), then the switch cleaned it (off the thread).
    expect(await readPaths(page)).toEqual(['off-thread', 'off-thread']);
    const offThread = await hiddenBlocks(page);
    expect(offThread.length).toBeGreaterThan(5);
    expect(offThread.join('\n')).toContain('Most recent World stories');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Mexican President Claudia Sheinbaum');

    await breakOffscreen();
    try {
      await page.reload({ waitUntil: 'load' });
      await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 15_000);
      expect(await readPaths(page)).toEqual(['in-page']);
      expect(await hiddenBlocks(page)).toEqual(offThread);
    } finally {
      await repairOffscreen();
    }
  });
});
