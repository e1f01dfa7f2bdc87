/** The reader tab in real Firefox (MV3 build): it renders the KSL article, and the toolbar's settings
 * apply and are kept. What cannot be driven here: the toolbar button, the keyboard command and the
 * context menu (no such automation in Firefox), so the reader page is opened in a tab and told which
 * tab to read (`?target=`, honoured by test-mode builds only, like the popup; see firefox.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_UUID, launchFirefoxWithPith } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention/';

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

async function openReaderFor(targetUrl: string): Promise<Page> {
  const reader = await firefox.newPage();
  // Navigations to moz-extension:// never report completion over BiDi: wait for the content instead.
  void reader
    .goto(`moz-extension://${EXTENSION_UUID}/reader.html?target=${encodeURIComponent(targetUrl)}`)
    .catch(() => {});
  await waitFor(
    reader,
    `document.querySelector('.reader-main .article-title, .status:not([data-status="loading"])') !== null`,
  );
  return reader;
}

function readStyle(reader: Page) {
  return reader.evaluate(`(() => {
    const body = getComputedStyle(document.querySelector('.article-body'));
    return { fontFamily: body.fontFamily, fontSize: body.fontSize, background: getComputedStyle(document.body).backgroundColor,
      theme: document.querySelector('[data-pref="theme"] [aria-pressed="true"]')?.dataset.value };
  })()`) as Promise<{ fontFamily: string; fontSize: string; background: string; theme: string }>;
}

describe('Firefox: the reader tab', () => {
  it('renders the KSL article with its takeaways, and keeps font, size and theme', async () => {
    const url = server.url(KSL);
    const page = await firefox.newPage();
    await page.goto(url);
    let reader = await openReaderFor(url);
    const view = (await reader.evaluate(`({
      title: document.querySelector('.article-title').innerText,
      takeaways: document.querySelectorAll('.takeaways-list li').length,
      paragraphs: document.querySelectorAll('.article-body p').length,
      // The article itself (the list of what Pith hid, at the end, names the clutter on purpose).
      text: document.querySelector('.article-body').innerText,
    })`)) as { title: string; takeaways: number; paragraphs: number; text: string };
    expect(view.title).toBe("Mexico's Sheinbaum says US military intervention ruled out after talks with Trump");
    expect(view.takeaways).toBe(2);
    expect(view.paragraphs).toBe(11);
    for (const clutter of ['Save Story', 'STAY IN THE KNOW', 'KSL Weather Forecast'])
      expect(view.text).not.toContain(clutter);
    expect(await readStyle(reader)).toMatchObject({ fontSize: '18px', theme: 'system' });

    await reader.click('[data-pref="font"] [data-value="sans"]');
    await reader.click('[data-size="larger"]');
    await reader.click('[data-pref="theme"] [data-value="dark"]');
    await waitFor(reader, `getComputedStyle(document.body).backgroundColor === 'rgb(20, 24, 31)'`, 5_000);
    await reader.close();

    reader = await openReaderFor(url);
    await waitFor(
      reader,
      `document.querySelector('[data-pref="theme"] [aria-pressed="true"]')?.dataset.value === 'dark'`,
      5_000,
    );
    const kept = await readStyle(reader);
    expect(kept.fontFamily).toMatch(/system-ui/);
    expect(kept.fontSize).toBe('20px');
    expect(kept.background).toBe('rgb(20, 24, 31)');
    await reader.close();
    await page.close();
  });
});
