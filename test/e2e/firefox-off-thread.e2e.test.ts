/** Reading off the page's main thread in real Firefox: the content script captures the page and
 * Pith's background page (Firefox's MV3 background is a page, with a DOM) reads it. Driven through
 * the test build's popup-in-a-tab (Firefox has no toolbar press to automate, see firefox.ts).
 * Which path read the page is told by the page's timeline (test builds mark each read's end
 * "pith-read-end-off-thread" or "pith-read-end-in-page", content/read-page.ts). Not driven here:
 * the in-place fallback (Firefox's background page cannot be made to fail from the test; the
 * fallback is the same content-script code Chromium's e2e drives). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithPith, openPopupFor } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup } from './popup-page';
import { bigPage, BIG_PAGE_TITLE } from '../../bench/browser/big-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';

let server: FixtureServer;
let firefox: Browser;

beforeAll(async () => {
  server = await startFixtureServer(undefined, undefined, (path) =>
    path === '_gen/big-100k.html' ? bigPage(100_000) : null,
  );
  firefox = await launchFirefoxWithPith();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const readPaths = (page: Page) =>
  page.evaluate(
    `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('pith-read-end-')).map((m) => m.name.slice(14))`,
  ) as Promise<string[]>;

describe("Firefox: pages are read in Pith's background page", () => {
  it('the KSL article, read off the page thread', async () => {
    const url = server.url(`${KSL}/`);
    const page = await firefox.newPage();
    await page.goto(url);
    const view = await readPopup(await openPopupFor(firefox, url));
    expect(view.status).toBe('article');
    expect(view.title).toBe("Mexico's Sheinbaum says US military intervention ruled out after talks with Trump");
    expect(view.paragraphs).toHaveLength(11);
    expect(view.paragraphs[0]).toMatch(/^MEXICO CITY — Mexican President Claudia Sheinbaum/);
    expect(await readPaths(page)).toEqual(['off-thread']);
  });

  it('a 100,000-element page gives its article, not a refusal for its size', async () => {
    const url = server.url('_gen/big-100k.html');
    const page = await firefox.newPage();
    await page.goto(url);
    const view = await readPopup(await openPopupFor(firefox, url));
    expect(view.status).toBe('article');
    expect(view.title).toBe(BIG_PAGE_TITLE);
    expect(await readPaths(page)).toEqual(['off-thread']);
  });
});
