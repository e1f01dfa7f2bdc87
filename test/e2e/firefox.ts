/** Launches Firefox ESR over WebDriver BiDi with Pith's test-mode Firefox build installed as a
 * temporary add-on. Firefox offers no way to press a toolbar button from a test, so the popup page
 * is opened in a tab and told which tab to read (`?target=`), which only test-mode builds honour;
 * the test-mode build also holds host access to 127.0.0.1 in place of the click's activeTab grant. */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.PITH_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'pith@pith-reader.org';
/** Pinned so the test knows the moz-extension:// origin before the add-on is installed. */
export const EXTENSION_UUID = '5e1f0a8c-7d2b-4c1e-9a3f-0b6d2c4e8a17';

export async function launchFirefoxWithPith(
  extensionDir = resolve('.output/firefox-mv3-e2e'),
  prefs: Record<string, unknown> = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }), ...prefs },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** Opens Pith's popup page in a new tab, reading the tab at `targetUrl`. */
export async function openPopupFor(browser: Browser, targetUrl: string): Promise<Page> {
  const popup = await browser.newPage();
  // Navigations to moz-extension:// never report completion over BiDi: do not await; the caller
  // waits for the popup's content instead.
  void popup
    .goto(`moz-extension://${EXTENSION_UUID}/popup.html?target=${encodeURIComponent(targetUrl)}`)
    .catch(() => {});
  return popup;
}
