/** The user's own rules in real Chromium, on the KSL fixture with two extra blocks (an editor's
 * note Pith leaves in, a contact line a clutter rule removes: test/ksl-with-extras.ts):
 * - the picker, driven by keyboard only, hides the note: the popup no longer shows it, after a
 *   reload too, and once the site is on it is hidden in place on the page;
 * - "Always keep" brings the removed contact line back, in the popup and on the page;
 * - the options page lists both rules, deletes them, exports them and imports them back;
 * - the CLI, given the exported file, gives exactly the text "Copy text" gives.
 * Uses the test-mode build (host access to 127.0.0.1 held from install, see chromium-per-site). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { pressSiteSwitch, readPopup, waitFor } from './popup-page';
import { CONTACT_LINE, EDITOR_NOTE, kslWithExtras } from '../ksl-with-extras';

const PAGE_PATH = 'ksl-rules/mexico-story';

let server: FixtureServer;
let pith: ChromiumWithPith;
let page: Page;
const downloads = mkdtempSync(join(tmpdir(), 'pith-rules-downloads-'));

beforeAll(async () => {
  const html = kslWithExtras();
  server = await startFixtureServer(undefined, undefined, (path) => (path === PAGE_PATH ? html : null));
  pith = await launchChromiumWithPith(resolve('.output/chrome-mv3-e2e'));
  page = await pith.browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(server.url(PAGE_PATH), { waitUntil: 'load' });
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

const visibleText = () => page.evaluate(() => document.body.innerText);

async function withPopup<T>(use: (popup: Page) => Promise<T>): Promise<T> {
  const popup = await openPopupByToolbar(pith, page);
  try {
    return await use(popup);
  } finally {
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
  }
}

/** What the picker shows, read from its shadow root. */
const pickerView = () =>
  page.evaluate(() => {
    const root = document.querySelector('[data-pith-picker]')?.shadowRoot;
    if (!root) return null;
    return {
      selector: root.querySelector('[data-picker-selector]')?.textContent ?? '',
      count: root.querySelector('[data-picker-count]')?.textContent ?? '',
      label: (root.querySelector('[data-picker-selector]')?.parentElement?.previousElementSibling?.textContent ??
        '') as string,
      status: root.querySelector('[role="status"]')?.textContent ?? '',
      focused: root.activeElement?.getAttribute('data-picker') ?? null,
    };
  });

async function optionsPage(): Promise<Page> {
  const options = await pith.browser.newPage();
  await options.goto(`chrome-extension://${pith.extensionId}/options.html`);
  await waitFor(options, `document.querySelector('.rules [data-export-rules]') !== null`);
  return options;
}

const ruleRows = (options: Page) =>
  options.evaluate(() =>
    Array.from(document.querySelectorAll('.rule-row')).map(
      (row) =>
        `${row.closest('.rule-site')?.getAttribute('data-site')} ${row.getAttribute('data-list')} ${row.getAttribute('data-selector')}`,
    ),
  );

describe('Chromium: your own rules on the KSL fixture', () => {
  it('before any rule, the popup shows the editor\'s note and lists the contact line as removed, with "Always keep"', async () => {
    await withPopup(async (popup) => {
      const view = await readPopup(popup);
      expect(view.paragraphs).toContain(EDITOR_NOTE);
      expect(view.paragraphs).not.toContain(CONTACT_LINE);
      const keep = await popup.$$eval('.removed li', (items) =>
        items.map((li) => [li.textContent ?? '', li.querySelector('button.keep-block')?.textContent ?? '']),
      );
      expect(keep.find(([text]) => text.includes(CONTACT_LINE))?.[1]).toBe('Always keep on 127.0.0.1');
      expect(await popup.$eval('[data-hide-something]', (el) => el.textContent)).toBe('Hide something Pith missed');
    });
  });

  it('the picker, by keyboard only: starts from the popup, widens and narrows, shows the selector and count, Enter hides', async () => {
    // The block to pick is in the middle of the window: that is where a keyboard user starts.
    await page.evaluate(() => document.querySelector('.series-note')!.scrollIntoView({ block: 'center' }));
    const popup = await openPopupByToolbar(pith, page);
    await readPopup(popup);
    const closed = new Promise((done) => popup.once('close', done));
    await popup.focus('[data-hide-something]');
    await popup.keyboard.press('Enter');
    await closed; // the popup closes so that the page has the focus
    await waitFor(page, `document.querySelector('[data-pith-picker]') !== null`, 10_000);
    let view = await pickerView();
    expect(view?.label).toMatch(/^p · “Editor's note: this story is part/);
    expect(view?.focused).toBe('confirm');
    await page.keyboard.press('ArrowUp');
    view = await pickerView();
    expect(view?.label).toMatch(/^div\.series-note · “Editor's note/);
    expect(view?.selector).toBe('div.series-note');
    expect(view?.count).toBe('Matches 1 element on this page');
    await page.keyboard.press('ArrowUp'); // wider: the whole story
    expect((await pickerView())?.selector).toBe('#kslMainArticle');
    await page.keyboard.press('ArrowDown'); // narrower goes back the way it came
    expect((await pickerView())?.selector).toBe('div.series-note');
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/picker-ksl.png' }); // the README's picture comes from here
    await page.keyboard.press('Enter');
    await waitFor(
      page,
      `document.querySelector('[data-pith-picker]')?.shadowRoot.querySelector('[role="status"]').textContent.startsWith('Hidden.')`,
      10_000,
    );
    expect(await visibleText()).not.toContain(EDITOR_NOTE); // hidden at once
    await waitFor(page, `document.querySelector('[data-pith-picker]') === null`, 10_000);
  });

  it('Esc cancels the picker and saves nothing', async () => {
    await withPopup(async (popup) => {
      await readPopup(popup);
      await popup.click('[data-hide-something]');
    });
    await waitFor(page, `document.querySelector('[data-pith-picker]') !== null`, 10_000);
    await page.keyboard.press('Escape');
    await waitFor(page, `document.querySelector('[data-pith-picker]') === null`, 5_000);
    const options = await optionsPage();
    await waitFor(options, `document.querySelectorAll('.rule-row').length > 0`);
    expect(await ruleRows(options)).toEqual(['127.0.0.1 hide div.series-note']);
    await options.close();
  });

  it('the popup no longer shows the picked block, after a reload too', async () => {
    await withPopup(async (popup) => expect((await readPopup(popup)).paragraphs).not.toContain(EDITOR_NOTE));
    await page.reload({ waitUntil: 'load' });
    expect(await visibleText()).toContain(EDITOR_NOTE); // the site is not on: the page itself is as published
    await withPopup(async (popup) => {
      const view = await readPopup(popup);
      expect(view.paragraphs).not.toContain(EDITOR_NOTE);
      expect(view.paragraphs.length).toBeGreaterThan(10);
      // Each block under its reason's heading ("your rule (1)").
      const listed = await popup.$$eval('.removed li', (items) =>
        items.map(
          (li) =>
            `${li.closest('.removed-group')?.querySelector('.removed-reason')?.firstChild?.textContent?.trim() ?? ''}: ${li.textContent ?? ''}`,
        ),
      );
      expect(listed).toContainEqual(expect.stringMatching(/^your rule: Editor's note/));
    });
  });

  it('on a site Pith is on for, the picked block is hidden in place', async () => {
    await withPopup((popup) => pressSiteSwitch(popup, 'on'));
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    await page.reload({ waitUntil: 'load' });
    await waitFor(page, `document.querySelector('[data-pith-toggle]') !== null`, 10_000);
    const text = await visibleText();
    expect(text).not.toContain(EDITOR_NOTE);
    expect(text).not.toContain('STAY IN THE KNOW');
    expect(text).toContain('Mexico is ready to assist communication between Cuba and the United States');
  });

  it('"Always keep" brings a removed block back, in the popup and on the page', async () => {
    expect(await visibleText()).not.toContain(CONTACT_LINE); // hidden in place as clutter
    await withPopup(async (popup) => {
      await readPopup(popup);
      await popup.click('.removed summary'); // the list of what Pith removed opens on demand
      await popup.click(`.removed button.keep-block[data-keep-selector="p.contact-line"]`);
      await waitFor(
        popup,
        `Array.from(document.querySelectorAll('.article-body p')).some((p) => p.textContent === ${JSON.stringify(CONTACT_LINE)})`,
        10_000,
      );
      const view = await readPopup(popup);
      expect(view.paragraphs).not.toContain(EDITOR_NOTE);
    });
    await waitFor(page, `document.body.innerText.includes(${JSON.stringify(CONTACT_LINE)})`, 10_000);
    expect(await visibleText()).not.toContain(EDITOR_NOTE);
  });

  it('the CLI, given the exported rules, gives exactly the text "Copy text" gives', async () => {
    const options = await optionsPage();
    await waitFor(options, `document.querySelectorAll('.rule-row').length === 2`);
    const session = await options.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await options.click('[data-export-rules]');
    await waitFor(options, 'true');
    const deadline = Date.now() + 10_000;
    while (!readdirSync(downloads).includes('pith-rules.json') && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 200));
    await options.close();
    const exported = JSON.parse(readFileSync(join(downloads, 'pith-rules.json'), 'utf8'));
    expect(exported.format).toBe('pith-rules');
    expect(
      exported.rules.map((r: { site: string; hide: string[]; keep: string[] }) => [r.site, r.hide, r.keep]),
    ).toEqual([['127.0.0.1', ['div.series-note'], ['p.contact-line']]]);

    const copied = await withPopup(async (popup) => {
      await readPopup(popup);
      await pith.browser
        .defaultBrowserContext()
        .overridePermissions(`chrome-extension://${pith.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
      await popup.click('button[data-copy="text"]');
      await waitFor(popup, `document.querySelector('button[data-copy="text"]').textContent === 'Copied'`, 5_000);
      return (await popup.evaluate('navigator.clipboard.readText()')) as string;
    });
    expect(copied).toContain(CONTACT_LINE);
    expect(copied).not.toContain(EDITOR_NOTE);
    const dir = mkdtempSync(join(tmpdir(), 'pith-rules-cli-'));
    writeFileSync(join(dir, 'page.html'), kslWithExtras());
    const { stdout } = await promisify(execFile)('node', [
      '--import',
      'tsx',
      'cli/extract.ts',
      join(dir, 'page.html'),
      '--url',
      server.url(PAGE_PATH),
      '--rules',
      join(downloads, 'pith-rules.json'),
    ]);
    expect(stdout).toBe(copied.endsWith('\n') ? copied : `${copied}\n`);
  });

  it('the options page lists both rules, deletes them, and imports the export back (a bad file changes nothing)', async () => {
    const options = await optionsPage();
    await waitFor(options, `document.querySelectorAll('.rule-row').length === 2`);
    expect(await ruleRows(options)).toEqual(['127.0.0.1 hide div.series-note', '127.0.0.1 keep p.contact-line']);
    expect(
      await options.$eval('.rule-row[data-selector="div.series-note"] .rule-made', (el) => el.textContent),
    ).toMatch(/^made /);

    const bad = join(downloads, 'not-rules.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'pith-rules', version: 1, rules: [{ site: '127.0.0.1', hide: ['p ! q'], keep: [] }] }),
    );
    const input = await options.$('input[data-import-rules]');
    await input!.uploadFile(bad);
    await waitFor(options, `document.querySelector('[data-rules-note]')?.getAttribute('role') === 'alert'`);
    expect(await options.$eval('[data-rules-note]', (el) => el.textContent)).toBe(
      'This rules file has mistakes, so nothing was imported: 127.0.0.1: hide "p ! q": not a valid CSS selector.',
    );
    expect(await ruleRows(options)).toEqual(['127.0.0.1 hide div.series-note', '127.0.0.1 keep p.contact-line']);

    await options.click('.rule-row[data-selector="div.series-note"] button');
    await waitFor(options, `document.querySelectorAll('.rule-row').length === 1`);
    await options.click('.rule-row[data-selector="p.contact-line"] button');
    await waitFor(options, `document.querySelector('.rules-empty') !== null`);
    // Deleting the hide rule brings the note back on the page Pith cleans in place.
    await waitFor(page, `document.body.innerText.includes(${JSON.stringify(EDITOR_NOTE)})`, 10_000);

    await (await options.$('input[data-import-rules]'))!.uploadFile(join(downloads, 'pith-rules.json'));
    await waitFor(options, `document.querySelectorAll('.rule-row').length === 2`);
    expect(await options.$eval('[data-rules-note]', (el) => el.textContent)).toBe(
      'Imported: 2 rules merged into yours.',
    );
    expect(await ruleRows(options)).toEqual(['127.0.0.1 hide div.series-note', '127.0.0.1 keep p.contact-line']);
    await options.close();
    await waitFor(page, `!document.body.innerText.includes(${JSON.stringify(EDITOR_NOTE)})`, 10_000);
  });
});
