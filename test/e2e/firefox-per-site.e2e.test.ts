/** Per-site mode in real Firefox ESR: turn Pith on for the fixture site from the popup's switch,
 * the page then cleans itself on load (badge, "Clean | Original" switch, popup shows the article
 * already read), and turned off, the page is left alone.
 *
 * How it is driven, and what cannot be:
 * - The site is `localhost` (the fixture server, reached by name), not 127.0.0.1, because the
 *   test-mode build already holds 127.0.0.1 (see firefox.ts); so access to the site really is
 *   asked for with permissions.request. Firefox answers it without showing its doorhanger because
 *   the test profile sets `extensions.webextOptionalPermissionPrompts` to false (Firefox's own
 *   switch for automated tests); the request, the grant and everything after are real.
 * - The toolbar button cannot be pressed from a test in Firefox, so the popup page is opened in a
 *   tab with `?target=` (test-mode builds only), as in firefox-popup.e2e.test.ts.
 * - Firefox runs MV3 backgrounds as event pages, which WebDriver BiDi can neither stop nor
 *   restart, so "survives a background restart" is tested in Chromium only.
 * - about:addons cannot be driven over BiDi; revoking access there is stood in for by the same
 *   permissions.remove call from an extension page, which fires the same onRemoved event.
 * - BiDi does not list content-script sandboxes, so "no Pith script runs" after turning the site
 *   off is checked through the registrations and the page (no switch, nothing hidden), not by
 *   looking for the script's world as the Chromium test does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithPith, openPopupFor } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { pressSiteSwitch, readPopup, siteSwitchState, waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';
const CLUTTER = ['Save Story', 'STAY IN THE KNOW', 'Most recent World stories', 'Related topics'];

let server: FixtureServer;
let firefox: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithPith(undefined, { 'extensions.webextOptionalPermissionPrompts': false });
  url = server.url(`${KSL}/`).replace('127.0.0.1', 'localhost');
  page = await firefox.newPage();
  await page.goto(url);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const visibleText = () => page.evaluate('document.body.innerText') as Promise<string>;
const hasToggle = () => page.evaluate(`document.querySelector('[data-pith-toggle]') !== null`) as Promise<boolean>;

async function withPopup<T>(use: (popup: Page) => Promise<T>): Promise<T> {
  const popup = await openPopupFor(firefox, url);
  try {
    return await use(popup);
  } finally {
    await popup.close().catch(() => undefined);
  }
}

/** Asks the extension's own APIs, from one of its pages. */
const registeredScripts = (popup: Page) =>
  popup.evaluate(
    `browser.scripting.getRegisteredContentScripts().then((scripts) => scripts.map((s) => s.matches))`,
  ) as Promise<string[][]>;

describe('Firefox: per-site mode on the KSL fixture site', () => {
  it('turning the switch on asks for access to the site and cleans the page at once', async () => {
    await withPopup(async (popup) => {
      expect(await siteSwitchState(popup)).toBe('off');
      expect(await popup.evaluate(`document.querySelector('.site-switch').innerText`)).toContain(
        'Run automatically on localhost',
      );
      expect(await popup.evaluate(`browser.permissions.contains({ origins: ['*://localhost/*'] })`)).toBe(false);
      await pressSiteSwitch(popup, 'on');
      expect(await popup.evaluate(`browser.permissions.contains({ origins: ['*://localhost/*'] })`)).toBe(true);
      expect(await registeredScripts(popup)).toEqual([['*://localhost/*']]);
    });
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
  });

  it('after a reload the page cleans itself: clutter hidden, article intact, badge set', async () => {
    await page.reload();
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 15_000);
    const text = await visibleText();
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
    expect(text).toContain('Mexican President Sheinbaum ruled out U.S. military intervention after talks with Trump.');
    expect(text).toContain('Sheinbaum said Trump asked her about Mexico');
    const badge = await withPopup(async (popup) => {
      await siteSwitchState(popup); // the popup page has loaded
      return popup.evaluate(
        `browser.tabs.query({}).then((tabs) => browser.action.getBadgeText({ tabId: tabs.find((t) => t.url === ${JSON.stringify(url)}).id }))`,
      );
    });
    expect(badge).toBe('2');
  });

  it('the popup shows the article the page already read', async () => {
    await withPopup(async (popup) => {
      const view = await readPopup(popup);
      expect(view.status).toBe('article');
      expect(view.takeaways).toHaveLength(2);
      expect(await popup.evaluate(`document.querySelector('.article').dataset.readBy`)).toBe('auto');
    });
  });

  it('"Original" shows the page as published, "Clean" hides the clutter again', async () => {
    const click = (label: string) =>
      page.evaluate(
        `Array.from(document.querySelector('[data-pith-toggle]').shadowRoot.querySelectorAll('button')).find((b) => b.textContent === '${label}').click()`,
      );
    await click('Original');
    for (const clutter of CLUTTER) expect(await visibleText()).toContain(clutter);
    await click('Clean');
    for (const clutter of CLUTTER) expect(await visibleText()).not.toContain(clutter);
  });

  it('access revoked outside Pith (as in about:addons) stops the auto-run, and the switch says so', async () => {
    await withPopup(async (popup) => {
      await siteSwitchState(popup);
      // The same removal about:addons' permission toggle makes; Pith hears of it via permissions.onRemoved.
      await popup.evaluate(`browser.permissions.remove({ origins: ['*://localhost/*'] })`);
      await waitFor(popup, `browser.scripting.getRegisteredContentScripts().then((s) => s.length === 0)`, 10_000);
    });
    await withPopup(async (popup) => {
      expect(await siteSwitchState(popup)).toBe('no-access');
      expect(await popup.evaluate(`document.querySelector('.site-switch-note').innerText`)).toContain(
        'Access to localhost was removed in the browser',
      );
    });
  });

  it('turning it off gives the access back and restores the page; after a reload Pith stays away', async () => {
    await withPopup(async (popup) => {
      await pressSiteSwitch(popup, 'off');
      expect(await registeredScripts(popup)).toEqual([]);
      expect(await popup.evaluate(`browser.permissions.contains({ origins: ['*://localhost/*'] })`)).toBe(false);
    });
    await page.reload();
    await new Promise((done) => setTimeout(done, 1500));
    expect(await hasToggle()).toBe(false);
    for (const clutter of CLUTTER) expect(await visibleText()).toContain(clutter);
  });
});
