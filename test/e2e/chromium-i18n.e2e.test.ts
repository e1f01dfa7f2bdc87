/** Translated in real Chromium: with the browser in German or Spanish, the popup and the options
 * page speak that language (the extension's _locales, picked by the browser), and <html lang> says so. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention/';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => server?.close());

describe.each([
  ['de', 'Text kopieren', 'Artikel bereit: ', 'Websites, auf denen Pith von selbst läuft'],
  ['es', 'Copiar texto', 'Artículo listo: ', 'Sitios donde Pith funciona por sí solo'],
])('Chromium in %s', (language, copyText, ready, sitesHeading) => {
  let pith: ChromiumWithPith;
  beforeAll(async () => {
    pith = await launchChromiumWithPith(resolve('.output/chrome-mv3'), language);
  });
  afterAll(async () => pith?.close());

  it('the popup and the options page are in that language', async () => {
    const page = await pith.browser.newPage();
    await page.goto(server.url(KSL));
    const popup = await openPopupByToolbar(pith, page);
    const view = await readPopup(popup);
    expect(view.buttons).toContain(copyText);
    expect(await popup.evaluate(`document.documentElement.lang`)).toBe(language);
    expect(await popup.$eval('[data-announce]', (el) => el.textContent)).toMatch(new RegExp(`^${ready}`));
    const options = await pith.browser.newPage();
    await options.goto(`chrome-extension://${pith.extensionId}/options.html`);
    await waitFor(options, `document.querySelector('#sites-heading') !== null`);
    expect(await options.$eval('#sites-heading', (el) => el.textContent)).toBe(sitesHeading);
  });
});
