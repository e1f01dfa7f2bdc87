/** The Firefox build (MV3, same code path as Chrome) installs in real Firefox and its popup page
 * renders the KSL article. What cannot be driven here: pressing the toolbar button (no such
 * automation in Firefox), hence the test-mode build described in firefox.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefoxWithPith, openPopupFor } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';

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

describe('Firefox: the popup page renders the KSL article', () => {
  it('shows the title, the 2 takeaways with their note, the body, and no clutter', async () => {
    const url = server.url(`${KSL}/`);
    const page = await firefox.newPage();
    await page.goto(url);
    const popup = await openPopupFor(firefox, url);
    const view = await readPopup(popup);
    expect(view.status).toBe('article');
    expect(view.title).toBe("Mexico's Sheinbaum says US military intervention ruled out after talks with Trump");
    expect(view.takeaways).toHaveLength(2);
    expect(view.takeaways[0]).toBe(
      'Mexican President Sheinbaum ruled out U.S. military intervention after talks with Trump.',
    );
    expect(view.note).toMatch(/^The Key Takeaways for this article were generated/);
    expect(view.paragraphs).toHaveLength(11);
    for (const clutter of [
      'Save Story',
      'STAY IN THE KNOW',
      'KSL Weather Forecast',
      'Most recent World stories',
      'Related topics',
    ]) {
      expect(view.visibleText).not.toContain(clutter);
    }
  });

  it("reads a page whose scripts break Array, JSON and Node.prototype: the content script's world is its own", async () => {
    const url = server.url('_test/redefined-globals.html');
    const page = await firefox.newPage();
    await page.goto(url);
    const view = await readPopup(await openPopupFor(firefox, url));
    expect(view.status).toBe('article');
    expect(view.title).toBe('Council passes the library budget');
    expect(view.paragraphs).toHaveLength(8);
  });

  it('says so clearly when the page is not an article', async () => {
    const url = server.url('www.ksl.com--world-section-page/');
    const page = await firefox.newPage();
    await page.goto(url);
    const view = await readPopup(await openPopupFor(firefox, url));
    expect(view.status).toBe('not-article');
    expect(view.buttons).toContain('Try anyway');
  });
});
