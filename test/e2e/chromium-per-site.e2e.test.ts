/** Per-site mode in real Chromium: turn Pith on for the fixture site from the popup's switch, and
 * from then on the KSL page is cleaned in place by itself (badge, "Clean | Original" switch, popup
 * opens with the article already read); it survives a service-worker stop; turned off, the page is
 * left alone and no Pith script runs.
 *
 * How access is granted: headless Chromium cannot answer the browser's own "allow access?" prompt
 * (there is no auto-confirm switch, no CDP method for it, and chrome://extensions'
 * developerPrivate API only handles withheld *required* permissions). So this test uses the
 * test-mode build (`--mode e2e`), which holds access to 127.0.0.1 from install: the popup's
 * permissions.request then resolves true without a prompt, exactly as it does for a site the user
 * already allowed. Everything after the prompt is the production code path.
 *
 * Not driven here: an extension update. chrome.runtime.reload() on an extension installed over
 * CDP unloads it for good and ends the test's connection; that updates drop dynamic scripts and the
 * start-up sync registers them again is unit-tested (test/extension/site-access.test.ts). */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, stopPithWorker, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { pressSiteSwitch, readPopup, siteSwitchState, waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';
/** Clutter whose text the original page shows (innerText: what a reader sees). */
const CLUTTER = ['Save Story', 'STAY IN THE KNOW', 'Most recent World stories', 'Related topics'];
/** The first words of each paragraph of the expected article: all must stay visible on the page. */
const ARTICLE_LINES = readFileSync(`fixtures/${KSL}/expected.txt`, 'utf8')
  .split('\n')
  .filter((line) => line.length > 80 && !/^(\(The Key|http|- )/.test(line))
  .map((line) => line.slice(0, 60));

let server: FixtureServer;
let pith: ChromiumWithPith;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  pith = await launchChromiumWithPith(resolve('.output/chrome-mv3-e2e'));
  page = await pith.browser.newPage();
  await page.goto(server.url(`${KSL}/`), { waitUntil: 'load' });
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

const visibleText = () => page.evaluate(() => document.body.innerText);
const hasToggle = () => page.evaluate(() => document.querySelector('[data-pith-toggle]') !== null);

/** An extension page to ask the browser's extension APIs from (the service worker may be stopped,
 * and attaching to it would keep it alive). */
let probe: Page | null = null;
async function extensionProbe(): Promise<Page> {
  if (!probe) {
    probe = await pith.browser.newPage();
    await probe.goto(`chrome-extension://${pith.extensionId}/options.html`);
  }
  return probe;
}

async function badgeText(): Promise<string> {
  return (await extensionProbe()).evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, page.url());
}

async function registeredScripts(): Promise<string[][]> {
  return (await extensionProbe()).evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches ?? []),
  );
}

/** Reloads the page and reports, for each isolated world of Pith's that exists in the new page,
 * whether Pith's auto-run code ran in it. (Chrome may create an extension's isolated world in a tab
 * it scripted before even when no script is due — seen here after turning the site off — so the
 * test looks inside the world, not just at its existence.) */
async function reloadAndWatchPithScripts(): Promise<boolean[]> {
  const session = await page.createCDPSession();
  const worlds: number[] = [];
  let reloading = false;
  session.on('Runtime.executionContextCreated', ({ context }) => {
    // Runtime.enable first reports the worlds that already exist: only count the new page's.
    if (reloading && context.origin === `chrome-extension://${pith.extensionId}`) worlds.push(context.id);
  });
  await session.send('Runtime.enable');
  reloading = true;
  await page.reload({ waitUntil: 'load' });
  await new Promise((done) => setTimeout(done, 1000)); // document_idle comes after load
  const ran: boolean[] = [];
  for (const contextId of worlds) {
    const { result } = await session.send('Runtime.evaluate', {
      contextId,
      expression: 'globalThis.__pithAutoRan === true',
      returnByValue: true,
    });
    ran.push(result.value === true);
  }
  await session.detach();
  return ran;
}

/** Opens the popup on the fixture page with the toolbar button, and closes it afterwards. */
async function withPopup(use: (popup: Page) => Promise<void>): Promise<void> {
  const popup = await openPopupByToolbar(pith, page);
  try {
    await use(popup);
  } finally {
    await popup.close().catch(() => undefined);
  }
}

async function clickToggle(label: 'Clean' | 'Original'): Promise<void> {
  const button = await page.evaluateHandle(
    (text) =>
      Array.from(document.querySelector('[data-pith-toggle]')!.shadowRoot!.querySelectorAll('button')).find(
        (b) => b.textContent === text,
      )!,
    label,
  );
  await (button.asElement() as ElementHandle<Element>).click(); // a real mouse click where the button is
}

describe('Chromium: per-site mode on the KSL fixture site', () => {
  it('offers the switch for the site, off until the user turns it on; nothing runs yet', async () => {
    expect(await registeredScripts()).toEqual([]);
    await withPopup(async (popup) => {
      expect(await siteSwitchState(popup)).toBe('off');
      expect(await popup.$eval('.site-switch', (el) => (el as HTMLElement).innerText)).toContain(
        'Run automatically on 127.0.0.1',
      );
    });
    expect(await hasToggle()).toBe(false);
  });

  it('turning it on registers the auto-run script for that site and cleans the page at once', async () => {
    await withPopup(async (popup) => {
      await pressSiteSwitch(popup, 'on');
    });
    expect(await registeredScripts()).toEqual([['*://127.0.0.1/*']]);
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    for (const clutter of CLUTTER) expect(await visibleText()).not.toContain(clutter);
  });

  it('after a reload the page cleans itself: clutter hidden, article intact, badge set', async () => {
    expect(await reloadAndWatchPithScripts()).toContain(true);
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    const text = await visibleText();
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
    expect(ARTICLE_LINES.length).toBeGreaterThanOrEqual(11);
    for (const line of ARTICLE_LINES) expect(text).toContain(line);
    expect(text).toContain('Mexican President Sheinbaum ruled out U.S. military intervention after talks with Trump.');
    expect(await badgeText()).toBe('2'); // the two key takeaways
    await mkdir('test-results', { recursive: true });
    await page.setViewport({ width: 1100, height: 900 });
    await page.evaluate(() => {
      const box = Array.from(document.querySelectorAll('body *')).find(
        (el) => el.textContent?.trim() === 'KEY TAKEAWAYS',
      );
      window.scrollTo(0, (box?.getBoundingClientRect().top ?? 0) + window.scrollY - 60);
    });
    await page.screenshot({ path: 'test-results/per-site-ksl.png' }); // the README's picture comes from here
  });

  it('the popup opens with the article the page already read, without extracting again', async () => {
    await withPopup(async (popup) => {
      const view = await readPopup(popup);
      expect(view.status).toBe('article');
      expect(view.title).toBe("Mexico's Sheinbaum says US military intervention ruled out after talks with Trump");
      expect(await popup.$eval('.article', (el) => el.getAttribute('data-read-by'))).toBe('auto');
      expect(await siteSwitchState(popup)).toBe('on');
    });
  });

  it('"Original" shows the page as published, "Clean" hides the clutter again — no reload', async () => {
    await clickToggle('Original');
    const original = await visibleText();
    for (const clutter of CLUTTER) expect(original).toContain(clutter);
    await clickToggle('Clean');
    const clean = await visibleText();
    for (const clutter of CLUTTER) expect(clean).not.toContain(clutter);
  });

  it('stays on after its service worker stops and starts again', async () => {
    await stopPithWorker(pith);
    await page.reload({ waitUntil: 'load' }); // the persisted registration runs without the worker
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    expect(await registeredScripts()).toEqual([['*://127.0.0.1/*']]);
    await withPopup(async (popup) => expect(await siteSwitchState(popup)).toBe('on'));
  });

  it('the options page lists the site and can pause Pith everywhere (open pages put back)', async () => {
    const options = await pith.browser.newPage();
    await options.goto(`chrome-extension://${pith.extensionId}/options.html`);
    await waitFor(options, `document.querySelector('.site-row[data-domain="127.0.0.1"]')?.dataset.state === 'on'`);
    await options.click('.pause-all input');
    await waitFor(options, `document.querySelector('.site-row[data-domain="127.0.0.1"]')?.dataset.state === 'paused'`);
    expect(await registeredScripts()).toEqual([]);
    await waitFor(page, `document.querySelector('[data-pith-toggle]') === null`, 10_000); // the open page is put back
    for (const clutter of CLUTTER) expect(await visibleText()).toContain(clutter);
    await options.click('.pause-all input');
    await waitFor(options, `document.querySelector('.site-row[data-domain="127.0.0.1"]')?.dataset.state === 'on'`);
    expect(await registeredScripts()).toEqual([['*://127.0.0.1/*']]);
    await options.close();
    await page.reload({ waitUntil: 'load' });
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
  });

  it('on a single-page site, the next story (pushState, no page load) is cleaned too', async () => {
    const spa = await pith.browser.newPage();
    await spa.goto(server.url('_test/single-page-site.html'), { waitUntil: 'load' });
    await waitFor(spa, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    expect(await spa.evaluate(() => document.body.innerText)).not.toContain(
      'sign up for our newsletter about the library budget',
    );
    await spa.evaluate('window.nextStory()');
    await waitFor(
      spa,
      `document.querySelector('h1').textContent === 'Council approves the new bus lanes' && document.querySelector('[data-pith-toggle]') !== null && !document.body.innerText.includes('newsletter about the new bus lanes')`,
      10_000,
    );
    expect(await spa.evaluate(() => document.body.innerText)).toContain(
      'Paragraph 8 of the story about the new bus lanes',
    );
    const popup = await openPopupByToolbar(pith, spa);
    try {
      const view = await readPopup(popup);
      expect(view.title).toBe('Council approves the new bus lanes');
      expect(await popup.$eval('.article', (el) => el.getAttribute('data-read-by'))).toBe('auto');
    } finally {
      await popup.close().catch(() => undefined);
    }
    await spa.close();
  });

  it('turning it off restores the page at once; after a reload nothing of Pith runs there', async () => {
    await withPopup(async (popup) => {
      await pressSiteSwitch(popup, 'off');
    });
    await waitFor(page, `document.querySelector('[data-pith-toggle]') === null`, 10_000);
    for (const clutter of CLUTTER) expect(await visibleText()).toContain(clutter);
    expect(await registeredScripts()).toEqual([]);
    expect(await reloadAndWatchPithScripts()).not.toContain(true);
    expect(await hasToggle()).toBe(false);
    for (const clutter of CLUTTER) expect(await visibleText()).toContain(clutter);
    expect(await badgeText()).toBe('');
  });

  it('"Remove" on the options page turns a site off too, and puts its open pages back', async () => {
    await withPopup(async (popup) => {
      await pressSiteSwitch(popup, 'on');
    });
    const options = await pith.browser.newPage();
    await options.goto(`chrome-extension://${pith.extensionId}/options.html`);
    await waitFor(options, `document.querySelector('.site-row[data-domain="127.0.0.1"]')?.dataset.state === 'on'`);
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    await options.click('.site-row[data-domain="127.0.0.1"] button');
    await waitFor(options, `document.querySelector('.options-empty') !== null`);
    expect(await registeredScripts()).toEqual([]);
    await waitFor(page, `document.querySelector('[data-pith-toggle]') === null`, 10_000); // the open page is put back
    await options.close();
    await withPopup(async (popup) => expect(await siteSwitchState(popup)).toBe('off'));
  });
});
