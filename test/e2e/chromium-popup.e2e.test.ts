/** The main flow in real Chromium: a user on a news page presses Pith's toolbar button; the real
 * popup opens (activeTab, no host permission), shows the article, and copies it. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readPopup, waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';
const SECTION = 'www.ksl.com--world-section-page';
const CLUTTER = [
  'Save Story',
  'STAY IN THE KNOW',
  'Subscribe to the KSL.com Trending 5',
  'By subscribing',
  'Newsletter Signup',
  'KSL Weather Forecast',
  'Play button',
  'Most recent World stories',
  'Related topics',
  'Classifieds',
  'Bonneville',
];

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

async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await pith.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return { page, popup: await openPopupByToolbar(pith, page) };
}

async function clipboardAfterClicking(popup: Page, button: string): Promise<string> {
  await pith.browser
    .defaultBrowserContext()
    .overridePermissions(`chrome-extension://${pith.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
  await popup.evaluate(`navigator.clipboard.writeText('(clipboard before the click)')`);
  await popup.click(`button[data-copy="${button}"]`);
  await waitFor(popup, `document.querySelector('button[data-copy="${button}"]').textContent === 'Copied'`, 5_000);
  return (await popup.evaluate('navigator.clipboard.readText()')) as string;
}

describe('Chromium: the KSL article through the toolbar button', () => {
  let popup: Page;

  beforeAll(async () => {
    ({ popup } = await popupFor(`${KSL}/`));
  });

  it('shows title, byline, date, reading time, the 2 takeaways and the note in their own box', async () => {
    const view = await readPopup(popup);
    expect(view.status).toBe('article');
    expect(view.title).toBe("Mexico's Sheinbaum says US military intervention ruled out after talks with Trump");
    expect(view.visibleText).toContain('Natalia Siniawski and Raul Cortes');
    expect(view.visibleText).toContain('January 12, 2026');
    expect(view.visibleText).toMatch(/\d+ min read/);
    expect(view.takeaways).toEqual([
      'Mexican President Sheinbaum ruled out U.S. military intervention after talks with Trump.',
      "Sheinbaum emphasized collaboration respecting sovereignty and declined Trump's military action offer.",
    ]);
    expect(view.note).toMatch(
      /^The Key Takeaways for this article were generated with the assistance of large language models/,
    );
  });

  it('shows the 11 body paragraphs, the lead caption once, and none of the clutter', async () => {
    const view = await readPopup(popup);
    expect(view.paragraphs).toHaveLength(11);
    expect(view.paragraphs[0]).toMatch(/^MEXICO CITY — Mexican President Claudia Sheinbaum/);
    expect(view.paragraphs.join(' ')).not.toContain('Key Takeaways for this article');
    const caption = "Mexico's President Claudia Sheinbaum waves during an event in Zocalo Square";
    expect(view.visibleText.split(caption)).toHaveLength(2);
    for (const clutter of CLUTTER) expect(view.visibleText).not.toContain(clutter);
    await popup.screenshot({ path: 'test-results/popup-ksl.png' });
  });

  it('Copy text puts exactly the expected clean text on the clipboard, with "Copied" feedback', async () => {
    const expected = await readFile(`fixtures/${KSL}/expected.txt`, 'utf8');
    expect(await clipboardAfterClicking(popup, 'text')).toBe(expected);
  });

  it('opens again on the same page with the same article (kept for the tab in session storage)', async () => {
    const [page] = (await pith.browser.pages()).filter((p) => p.url().includes(KSL));
    await popup.close();
    popup = await openPopupByToolbar(pith, page);
    const view = await readPopup(popup);
    expect(view.status).toBe('article');
    expect(view.takeaways).toHaveLength(2);
    const cached = await popup.evaluate(`chrome.storage.session.get(null).then((all) => Object.keys(all))`);
    expect(cached).toEqual([expect.stringMatching(/^article-\d+$/)]);
  });

  it('Copy Markdown puts the Markdown version on the clipboard', async () => {
    const markdown = await clipboardAfterClicking(popup, 'markdown');
    expect(markdown).toMatch(/^# Mexico's Sheinbaum says US military intervention ruled out after talks with Trump\n/);
    expect(markdown).toContain('## Key takeaways\n\n- Mexican President Sheinbaum ruled out');
    expect(markdown).toContain('\n\nMEXICO CITY — Mexican President Claudia Sheinbaum');
    for (const clutter of CLUTTER) expect(markdown).not.toContain(clutter);
  });
});

describe('Chromium: pages that are not articles', () => {
  it('a section page is "probably not an article" and offers Try anyway, which still answers', async () => {
    const { popup } = await popupFor(`${SECTION}/`);
    const view = await readPopup(popup);
    expect(view.status).toBe('not-article');
    expect(view.visibleText).toContain("This page doesn't look like an article.");
    expect(view.buttons).toContain('Try anyway');
    await popup.click('button.button');
    const after = await readPopup(popup);
    expect(['article', 'not-article', 'empty', 'failed']).toContain(after.status);
    expect(after.visibleText.trim().length).toBeGreaterThan(20);
    expect(after.buttons).not.toContain('Try anyway');
  });

  it('an empty page says there is no text to read', async () => {
    const { popup } = await popupFor('_test/empty.html');
    const view = await readPopup(popup);
    expect(view.status).toBe('empty');
    expect(view.visibleText).toContain('This page has no text to read.');
  });

  // Chromium does not tell an activeTab-only extension the address of these pages. Its refusal
  // names browser pages ("a chrome:// URL") and the store, which get their own message; about:blank
  // and a source view get the general one. Either way the popup is never blank or stuck.
  const GENERAL = /does not let extensions read this page/;
  it.each([
    ['a browser page', () => 'chrome://version/', /one of your browser's own pages/],
    [
      'the extension store',
      () => 'https://chromewebstore.google.com/detail/pith/abcdefghijklmnopabcdefghijklmnop',
      /extension store/,
    ],
    ['about:blank', () => 'about:blank', GENERAL],
    ['a source view', () => `view-source:${server.url(`${KSL}/`)}`, GENERAL],
  ])("%s says Pith can't read it", async (_name, address, message) => {
    const page = await pith.browser.newPage();
    await page.goto(address()).catch(() => undefined); // the store cannot load here (no internet): what counts is the refusal
    await errorPageShown(page, address());
    const popup = await openPopupByToolbar(pith, page);
    const view = await readPopup(popup);
    expect(view.status).toBe('restricted');
    expect(view.title).toBe("Pith can't read this page");
    expect(view.visibleText).toMatch(message);
  });

  // With the toolbar press, Chromium does tell the popup these pages' addresses: each gets its own message.
  it("the browser's PDF viewer gets its own message", async () => {
    const page = await pith.browser.newPage();
    await page.goto(server.url('_test/sample.pdf')).catch(() => undefined);
    const view = await readPopup(await openPopupByToolbar(pith, page));
    expect(view.status).toBe('restricted');
    expect(view.visibleText).toMatch(/PDF, shown by the browser's PDF viewer/);
  });

  // An extension installed over CDP, as here, is allowed file URLs, so this checks that a local page
  // is read. Without that access the popup says how to allow it (FILE_ACCESS_MESSAGE, unit-tested):
  // switching the access off in chrome://extensions reloads the extension, which ends the test's
  // connection to headless Chromium, so that case is not driven here.
  it('a local file is read when the browser allows Pith file access', async () => {
    const page = await pith.browser.newPage();
    await page.goto(pathToFileURL(await writeTempPage()).href);
    const view = await readPopup(await openPopupByToolbar(pith, page));
    expect(view.status).toBe('article');
    expect(view.title).toBe('Local');
  });
});

/** A navigation that fails (the store, with no internet) is reported before Chromium shows its
 * error page in the tab; until then the tab is still about:blank and the popup would be told
 * about that page instead. Wait until the tab has left about:blank (at once for pages that load). */
async function errorPageShown(page: Page, address: string): Promise<void> {
  if (address === 'about:blank') return;
  const until = Date.now() + 10_000;
  while (page.url() === 'about:blank' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

async function writeTempPage(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'pith-file-')), 'story.html');
  await writeFile(
    path,
    `<html><head><title>Local</title></head><body><article><h1>Local</h1><p>${'A saved story. '.repeat(40)}</p></article></body></html>`,
  );
  return path;
}
