/** Accessibility in real Chromium: axe-core (WCAG 2.0 A/AA, 2.1 AA and best practices) finds no
 * violation in the popup — article, not an article, a protected page, an error page — nor on the
 * options page, in light and in dark; and the popup announces the article when it arrives. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';
import { axeViolations, describeViolations, setColorScheme } from './axe';
import { openErrorPage } from './closed-port';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention/';
const SECTION = 'www.ksl.com--world-section-page/';

let server: FixtureServer;
let pith: ChromiumWithPith;

beforeAll(async () => {
  server = await startFixtureServer();
  pith = await launchChromiumWithPith();
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

/** The popup for a page at `address`, or for the browser's error page. */
async function popupOn(address: string | 'error-page'): Promise<Page> {
  if (address === 'error-page') return popupFor(await openErrorPage(pith.browser));
  const page = await pith.browser.newPage();
  await page.goto(address).catch(() => undefined); // an error page "fails" to load: what counts is the tab
  return popupFor(page);
}

async function popupFor(page: Page): Promise<Page> {
  const popup = await openPopupByToolbar(pith, page);
  await readPopup(popup);
  return popup;
}

async function expectNoViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await setColorScheme(page, scheme);
    const violations = await axeViolations(page);
    expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
  }
}

describe('axe: the popup in every state, light and dark', () => {
  it('article (KSL), with its placeholders, takeaways and footer switch; and with the pictures shown', async () => {
    const popup = await popupOn(server.url(KSL));
    expect(await popup.$('.popup-footer .site-switch')).not.toBeNull();
    await expectNoViolations(popup);
    await popup.click('button[data-show-images]');
    await waitFor(popup, `document.querySelector('.lead-image img') !== null`);
    await expectNoViolations(popup);
  });

  it('not an article (a section page, with Try anyway)', async () => {
    const popup = await popupOn(server.url(SECTION));
    expect((await readPopup(popup)).status).toBe('not-article');
    await expectNoViolations(popup);
  });

  it('a page the browser keeps extensions out of (chrome://version)', async () => {
    const popup = await popupOn('chrome://version/');
    expect((await readPopup(popup)).status).toBe('restricted');
    await expectNoViolations(popup);
  });

  it("the browser's error page (nothing listens on the port)", async () => {
    const popup = await popupOn('error-page');
    expect((await readPopup(popup)).status).toBe('error');
    await expectNoViolations(popup);
  });
});

describe('axe: the check itself', () => {
  it('finds a violation when there is one (a control: a picture without alt, white on Pith blue made pale)', async () => {
    const popup = await popupOn(server.url(KSL));
    await popup.evaluate(`(() => {
      const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').append(img);
      const button = document.querySelector('button[data-copy="text"]'); button.style.background = '#7eb0ff'; button.style.color = '#fff';
    })()`);
    const ids = (await axeViolations(popup)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  });
});

describe('axe: the options page, light and dark', () => {
  it('with no site, and with a site listed', async () => {
    const options = await pith.browser.newPage();
    await options.goto(`chrome-extension://${pith.extensionId}/options.html`);
    await waitFor(options, `document.querySelector('.options-empty, .site-list') !== null`);
    await expectNoViolations(options);
    // A listed site (as the background stores it): the row, its state and its Remove button.
    await options.evaluate(`chrome.storage.local.set({ sites: { 'ksl.com': { addedAt: 1 } }, sites$: { v: 2 } })`);
    await options.reload();
    await waitFor(options, `document.querySelector('.site-row') !== null`);
    await expectNoViolations(options);
  });
});

describe('what a screen reader hears', () => {
  it('the popup announces "Article ready: <title>" in a polite live region, and has one <main>', async () => {
    const popup = await popupOn(server.url(KSL));
    const live = (await popup.evaluate(`(() => {
      const region = document.querySelector('[data-announce]');
      return { role: region.getAttribute('role'), text: region.textContent, mains: document.querySelectorAll('main').length,
        alerts: document.querySelectorAll('[role=alert]').length };
    })()`)) as { role: string; text: string; mains: number; alerts: number };
    expect(live).toEqual({
      role: 'status',
      text: "Article ready: Mexico's Sheinbaum says US military intervention ruled out after talks with Trump",
      mains: 1,
      alerts: 0,
    });
  });

  it('an error is an alert; news ("probably not an article") is a status', async () => {
    const error = await popupOn('error-page');
    expect(await error.$eval('.status', (el) => el.getAttribute('role'))).toBe('alert');
    const section = await popupOn(server.url(SECTION));
    expect(await section.$eval('.status', (el) => el.getAttribute('role'))).toBe('status');
  });
});
