/** The reader tab in real Chromium (the test-mode build: host access to 127.0.0.1, and a test hook
 * in the service worker). What is driven:
 * - the popup's "Open in reader" button: for real (toolbar press → popup → click);
 * - the keyboard command and the "Read with Pith" menu item: CDP can neither press a browser
 *   shortcut nor click a context-menu item, so the test calls, in Pith's service worker, the one
 *   handler both listeners call (`openReaderFor`, exposed as `__pithOpenReaderFor` in test builds),
 *   with the page's tab as the browser passes it; it also checks the command is in the manifest
 *   with its key and the menu item exists. (That call is no user gesture: the activeTab grant the
 *   real key press or menu click gives is stood in for by the test build's host access.)
 * - Listen: headless Chromium here has no speech voice, so the reader page gets a fake
 *   `speechSynthesis` (two voices, English and German; utterances end when the test says) installed
 *   with evaluateOnNewDocument before the page's own scripts run. */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, pithWorker, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention/';
const KSL_TITLE = "Mexico's Sheinbaum says US military intervention ruled out after talks with Trump";
const SECTIONS = '_test/reader-sections.html';

let server: FixtureServer;
let pith: ChromiumWithPith;

beforeAll(async () => {
  await mkdir('test-results', { recursive: true });
  server = await startFixtureServer();
  pith = await launchChromiumWithPith(resolve('.output/chrome-mv3-e2e'));
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
});

const readerPrefix = () => `chrome-extension://${pith.extensionId}/reader.html`;

async function openPage(path: string): Promise<Page> {
  const page = await pith.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return page;
}

/** Waits for the next reader tab to open (from whatever opens it) and for its article. */
async function nextReaderTab(tabId: number, open: () => Promise<unknown>): Promise<Page> {
  const target = pith.browser.waitForTarget((t) => t.url() === `${readerPrefix()}?tab=${tabId}`, { timeout: 15_000 });
  await open();
  const reader = await (await target).asPage();
  if (!reader) throw new Error('the reader tab opened but could not be attached to');
  await waitForArticle(reader);
  return reader;
}

async function waitForArticle(reader: Page): Promise<void> {
  await waitFor(
    reader,
    `document.querySelector('.reader-main .article-title, .status:not([data-status="loading"])') !== null`,
  );
}

/** Opens a reader page for an already-open tab in a page of its own, as the background does. */
async function readerFor(page: Page, beforeLoad?: string): Promise<Page> {
  const tabId = await tabIdOf(page);
  const reader = await pith.browser.newPage();
  if (beforeLoad) await reader.evaluateOnNewDocument(beforeLoad);
  await reader.goto(`${readerPrefix()}?tab=${tabId}`);
  await waitForArticle(reader);
  return reader;
}

async function tabIdOf(page: Page): Promise<number> {
  const worker = await pithWorker(pith);
  return (await worker.evaluate(
    `chrome.tabs.query({ url: ${JSON.stringify(page.url())} }).then(([tab]) => tab.id)`,
  )) as number;
}

/** What the reader shows, read from the page. */
function readReader(reader: Page) {
  return reader.evaluate(`(() => {
    const all = (sel) => Array.from(document.querySelectorAll(sel)).map((el) => el.innerText.trim());
    const body = document.querySelector('.article-body');
    const style = body && getComputedStyle(body);
    return {
      title: document.querySelector('.reader-main .article-title')?.innerText.trim() ?? '',
      status: document.querySelector('.status')?.innerText ?? '',
      takeaways: all('.takeaways-list li'),
      note: document.querySelector('.takeaways-note')?.innerText ?? '',
      paragraphs: all('.article-body p'),
      meta: document.querySelector('.article-meta')?.innerText ?? '',
      removedReasons: all('.removed-reason'),
      toc: all('.reader-toc li'),
      fontFamily: style?.fontFamily ?? '',
      fontSize: style?.fontSize ?? '',
      lineHeight: style?.lineHeight ?? '',
      measure: document.querySelector('.reader-main .article')?.getBoundingClientRect().width ?? 0,
      background: getComputedStyle(document.body).backgroundColor,
      color: getComputedStyle(document.body).color,
      pressed: Object.fromEntries(Array.from(document.querySelectorAll('.reader-choice[data-pref]')).map((g) => [g.dataset.pref, g.querySelector('[aria-pressed="true"]')?.dataset.value ?? g.querySelector('output')?.textContent])),
      lang: document.querySelector('.article')?.getAttribute('lang'),
      dir: document.querySelector('.article')?.getAttribute('dir'),
    };
  })()`) as Promise<{
    title: string;
    status: string;
    takeaways: string[];
    note: string;
    paragraphs: string[];
    meta: string;
    removedReasons: string[];
    toc: string[];
    fontFamily: string;
    fontSize: string;
    lineHeight: string;
    measure: number;
    background: string;
    color: string;
    pressed: Record<string, string>;
    lang: string | null;
    dir: string | null;
  }>;
}

describe('Chromium: opening the reader tab', () => {
  it("from the popup's primary button: the same article, from the per-tab cache (no second extraction)", async () => {
    const page = await openPage(KSL);
    const popup = await openPopupByToolbar(pith, page);
    await waitFor(popup, `document.querySelector('[data-open-reader]') !== null`);
    // The page changes after the popup read it: a second extraction would show the new text.
    await page.evaluate(
      `document.querySelector('article p').textContent = 'CHANGED AFTER THE POPUP READ IT, long enough to be kept as a paragraph of the body text.'`,
    );
    const reader = await nextReaderTab(await tabIdOf(page), () => popup.click('[data-open-reader]'));
    const view = await readReader(reader);
    expect(view.title).toBe(KSL_TITLE);
    expect(view.meta).toContain('Natalia Siniawski and Raul Cortes');
    expect(view.meta).toContain('January 12, 2026');
    expect(view.meta).toMatch(/\d+ min read/);
    expect(view.takeaways).toEqual([
      'Mexican President Sheinbaum ruled out U.S. military intervention after talks with Trump.',
      "Sheinbaum emphasized collaboration respecting sovereignty and declined Trump's military action offer.",
    ]);
    expect(view.note).toMatch(/^The Key Takeaways for this article were generated/);
    expect(view.paragraphs).toHaveLength(11);
    expect(view.paragraphs[0]).toMatch(/^MEXICO CITY — Mexican President Claudia Sheinbaum/);
    expect(view.lang).toBe('en-US'); // the page's own lang
    expect(await reader.title()).toBe(`${KSL_TITLE} — Pith`);
    // Opened right after the page's tab.
    const worker = await pithWorker(pith);
    const [pageTab, readerTab] = (await worker.evaluate(
      `Promise.all([chrome.tabs.query({ url: ${JSON.stringify(page.url())} }), chrome.tabs.query({ url: '${readerPrefix()}*' })]).then(([[p], rs]) => [p, rs[rs.length - 1]])`,
    )) as [{ index: number; id: number }, { index: number; openerTabId: number }];
    expect(readerTab.index).toBe(pageTab.index + 1);
    expect(readerTab.openerTabId).toBe(pageTab.id);
    await reader.close();
    await page.close();
  });

  it('from the keyboard command: declared with its key; its handler opens the reader, which reads the tab itself and caches it', async () => {
    const worker = await pithWorker(pith);
    const commands = (await worker.evaluate(`chrome.commands.getAll()`)) as {
      name: string;
      shortcut: string;
      description: string;
    }[];
    expect(
      commands.find((c) => c.name === 'open-reader'),
      JSON.stringify(commands),
    ).toMatchObject({ description: 'Open this article in the Pith reader tab' });
    expect(await worker.evaluate(`chrome.runtime.getManifest().commands['open-reader'].suggested_key.default`)).toBe(
      'Alt+Shift+R',
    );
    const page = await openPage(KSL);
    const tabId = await tabIdOf(page);
    expect(
      await worker.evaluate(
        `chrome.storage.session.get('article-${tabId}').then((s) => s['article-${tabId}'] ?? null)`,
      ),
    ).toBeNull();
    const reader = await nextReaderTab(tabId, () =>
      worker.evaluate(`chrome.tabs.get(${tabId}).then((tab) => __pithOpenReaderFor(tab))`),
    );
    const view = await readReader(reader);
    expect(view.title).toBe(KSL_TITLE);
    expect(view.paragraphs).toHaveLength(11);
    const cached = (await worker.evaluate(
      `chrome.storage.session.get('article-${tabId}').then((s) => s['article-${tabId}'])`,
    )) as { article: { title: string } };
    expect(cached.article.title).toBe(KSL_TITLE);
    await reader.close();
    await page.close();
  });

  it('from the "Read with Pith" menu item: it exists, and its handler opens the reader for the clicked tab', async () => {
    const worker = await pithWorker(pith);
    // Creating an item with the same id again fails only if Pith's item is there.
    const duplicate = await worker.evaluate(
      `new Promise((done) => chrome.contextMenus.create({ id: 'read-with-pith', title: 'x' }, () => done(chrome.runtime.lastError?.message ?? null)))`,
    );
    expect(duplicate).toMatch(/duplicate id read-with-pith/i);
    const page = await openPage(SECTIONS);
    const tabId = await tabIdOf(page);
    const reader = await nextReaderTab(tabId, () =>
      worker.evaluate(`chrome.tabs.get(${tabId}).then((tab) => __pithOpenReaderFor(tab))`),
    );
    expect((await readReader(reader)).title).toBe('Stadtrat beschließt den neuen Hafenplan');
    expect(reader.url()).toBe(`${readerPrefix()}?tab=${tabId}`);
    await reader.close();
    await page.close();
  });

  it('says in plain words when the tab it was opened for is gone', async () => {
    const reader = await pith.browser.newPage();
    await reader.goto(`${readerPrefix()}?tab=999999`);
    await waitForArticle(reader);
    expect((await readReader(reader)).status).toContain('The tab this article came from is closed');
    await reader.close();
  });
});

describe('Chromium: reading in the reader tab', () => {
  it('font, size, width, spacing and theme apply at once and are still there after closing and reopening', async () => {
    const page = await openPage(KSL);
    let reader = await readerFor(page);
    await reader.setViewport({ width: 1280, height: 900 });
    const before = await readReader(reader);
    expect(before.pressed).toMatchObject({
      font: 'serif',
      size: '18px',
      width: 'medium',
      spacing: 'normal',
      theme: 'system',
    });
    expect(before.fontFamily).toMatch(/Georgia/);
    expect(before.fontSize).toBe('18px');
    expect(before.background).toBe('rgb(255, 255, 255)');
    await reader.screenshot({ path: 'test-results/reader-light.png' });

    await reader.click('[data-pref="font"] [data-value="sans"]');
    await reader.click('[data-size="larger"]');
    await reader.click('[data-size="larger"]');
    await reader.click('[data-pref="width"] [data-value="narrow"]');
    await reader.click('[data-pref="spacing"] [data-value="loose"]');
    await reader.click('[data-pref="theme"] [data-value="dark"]');
    const after = await readReader(reader);
    expect(after.fontFamily).toMatch(/system-ui/);
    expect(after.fontSize).toBe('22px');
    expect(parseFloat(after.lineHeight) / 22).toBeCloseTo(1.95, 2);
    expect(after.measure).toBeLessThan(before.measure);
    expect(after.background).toBe('rgb(20, 24, 31)');
    expect(after.color).toBe('rgb(230, 232, 235)');
    await reader.screenshot({ path: 'test-results/reader-dark.png' });

    await reader.close();
    reader = await readerFor(page);
    await reader.setViewport({ width: 1280, height: 900 });
    const reopened = await readReader(reader);
    expect(reopened.pressed).toMatchObject({
      font: 'sans',
      size: '22px',
      width: 'narrow',
      spacing: 'loose',
      theme: 'dark',
    });
    expect(reopened.fontSize).toBe('22px');
    expect(reopened.background).toBe('rgb(20, 24, 31)');

    // Sepia, and every size step down to the smallest (the − button then stops).
    await reader.click('[data-pref="theme"] [data-value="sepia"]');
    expect((await readReader(reader)).background).toBe('rgb(246, 239, 223)');
    for (let i = 0; i < 8; i++) await reader.click('[data-size="smaller"]').catch(() => undefined);
    expect((await readReader(reader)).fontSize).toBe('14px');
    expect(await reader.$eval('[data-size="smaller"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    // Back to the defaults for the tests below.
    await (await pithWorker(pith)).evaluate(`chrome.storage.local.remove('readerPrefs')`);
    await reader.close();
    await page.close();
  });

  it('shows reading progress and keeps the position in the article for the session', async () => {
    const page = await openPage(KSL);
    let reader = await readerFor(page);
    await reader.setViewport({ width: 1000, height: 500 });
    expect(await reader.$eval('.reader-progress', (el) => el.getAttribute('aria-valuenow'))).toBe('0');
    await reader.evaluate(`scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)`);
    await waitFor(
      reader,
      `Math.abs(Number(document.querySelector('.reader-progress').getAttribute('aria-valuenow')) - 50) <= 2`,
      5_000,
    );
    const barWidth = await reader.$eval('.reader-progress-bar', (el) => el.getBoundingClientRect().width);
    expect(barWidth).toBeGreaterThan(450);
    expect(barWidth).toBeLessThan(550);
    // Saved in session storage once scrolling stops.
    const worker = await pithWorker(pith);
    await waitFor(
      worker as unknown as Page,
      `chrome.storage.session.get('readerPositions').then((s) => Object.values(s.readerPositions ?? {}).some((v) => Math.abs(v - 0.5) < 0.03))`,
      5_000,
    );
    await reader.close();
    reader = await readerFor(page);
    await reader.setViewport({ width: 1000, height: 500 });
    await waitFor(
      reader,
      `Math.abs(scrollY / (document.documentElement.scrollHeight - innerHeight) - 0.5) < 0.05`,
      5_000,
    );
    await reader.close();
    await page.close();
  });

  it('a table of contents for an article with 4 subheadings, linking to each; lang on the container', async () => {
    const page = await openPage(SECTIONS);
    const reader = await readerFor(page);
    const view = await readReader(reader);
    expect(view.toc).toEqual(['Der Plan', 'Die Kosten', 'Die Anwohner', 'Wie es weitergeht']);
    expect(view.lang).toBe('de');
    await reader.click('.reader-toc a[href="#pith-section-4"]');
    // Scrolled to it: near the top of the window, or as far as the page goes (the last section of a
    // short page cannot reach the top).
    await waitFor(
      reader,
      `(() => { const top = document.getElementById('pith-section-4').getBoundingClientRect().top; const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight; return top >= 0 && (top < 200 || (atEnd && top < innerHeight / 2)); })()`,
      5_000,
    );
    // KSL has no subheadings: no table of contents.
    const ksl = await openPage(KSL);
    const kslReader = await readerFor(ksl);
    expect((await readReader(kslReader)).toc).toEqual([]);
    expect(await kslReader.$('.reader-toc')).toBeNull();
    await Promise.all([reader.close(), page.close(), kslReader.close(), ksl.close()]);
  });

  it('the right-to-left test page gets dir="rtl" on its container', async () => {
    const page = await openPage('_test/rtl.html');
    const reader = await readerFor(page);
    expect((await readReader(reader)).dir).toBe('rtl');
    await Promise.all([reader.close(), page.close()]);
  });

  it('printing (print media) shows the article alone', async () => {
    const page = await openPage(SECTIONS);
    const reader = await readerFor(page);
    const visible = (sel: string) =>
      reader.evaluate(`Array.from(document.querySelectorAll('${sel}')).some((el) => el.getClientRects().length > 0)`);
    const chrome = ['.reader-top', '.reader-toolbar', '.reader-toc', '.reader-progress', '.removed', '.copy-buttons'];
    for (const sel of chrome) expect(await visible(sel), `${sel} on screen`).toBe(true);
    await reader.emulateMediaType('print');
    for (const sel of chrome) expect(await visible(sel), `${sel} in print`).toBe(false);
    for (const sel of ['.article-title', '.article-meta', '.article-body p'])
      expect(await visible(sel), `${sel} in print`).toBe(true);
    const printed = (await reader.evaluate('document.body.innerText')) as string;
    expect(printed.slice(0, 120)).toMatch(/^Beispiel-Zeitung\s+Stadtrat beschließt den neuen Hafenplan/i); // the site name is upper-cased by CSS
    expect(printed).not.toMatch(/Contents|Listen|Theme|Copy text|Pith hid/);
    await reader.emulateMediaType(undefined);
    await Promise.all([reader.close(), page.close()]);
  });
});

/** A stand-in for speechSynthesis: records what is spoken; `__finishUtterance()` ends the current one. */
const FAKE_SPEECH = `(() => {
  const voices = [
    { name: 'Fake English', lang: 'en-US', localService: true, default: true, voiceURI: 'fake-en' },
    { name: 'Fake Deutsch', lang: 'de-DE', localService: true, default: false, voiceURI: 'fake-de' },
  ];
  const log = { spoken: [], cancels: 0 };
  let current = null;
  const synth = new EventTarget();
  synth.getVoices = () => voices;
  synth.speak = (u) => { current = u; log.spoken.push({ text: u.text, voice: u.voice && u.voice.name, lang: u.lang, rate: u.rate }); };
  synth.cancel = () => { log.cancels++; current = null; };
  synth.pause = () => {};
  synth.resume = () => {};
  class FakeUtterance { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.onend = null; this.onerror = null; } }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  window.__speech = log;
  window.__finishUtterance = () => { const u = current; current = null; if (u && u.onend) u.onend({}); };
})()`;

describe('Chromium: Listen (fake speechSynthesis: headless Chromium has no voice)', () => {
  it("reads block by block in the article's language, highlights and follows the block read; pause, next, previous, speed", async () => {
    const page = await openPage(SECTIONS);
    const reader = await readerFor(page, FAKE_SPEECH);
    await reader.setViewport({ width: 1000, height: 500 });
    await waitFor(reader, `document.querySelector('.listen-play') !== null`, 5_000);
    const spoken = () =>
      reader.evaluate('window.__speech.spoken') as Promise<
        { text: string; voice: string; lang: string; rate: number }[]
      >;
    const current = () =>
      reader.evaluate(`document.querySelector('.listen-current')?.innerText.trim() ?? null`) as Promise<string | null>;

    await reader.click('.listen-play');
    expect((await spoken())[0]).toEqual({
      text: 'Stadtrat beschließt den neuen Hafenplan',
      voice: 'Fake Deutsch',
      lang: 'de-DE',
      rate: 1,
    });
    expect(await current()).toBe('Stadtrat beschließt den neuen Hafenplan');
    expect(await reader.$eval('.listen-bar', (el) => el.getAttribute('data-listen'))).toBe('playing');

    await reader.evaluate('window.__finishUtterance()');
    expect((await spoken())[1].text).toBe('Der Plan');
    await reader.evaluate('window.__finishUtterance()');
    expect((await spoken())[2].text).toMatch(/^Der Stadtrat hat am Dienstag/);
    expect(await current()).toMatch(/^Der Stadtrat hat am Dienstag/);

    await reader.click('.listen-next');
    expect((await spoken())[3].text).toMatch(/^Die Abgeordneten stimmten/);
    await reader.click('.listen-previous');
    expect((await spoken())[4].text).toMatch(/^Der Stadtrat hat am Dienstag/);

    // Jump far down: the block read is scrolled into view.
    // (13 blocks: title, 4 subheadings, 8 paragraphs; past the last, next stays on it.)
    for (let i = 0; i < 12; i++) await reader.click('.listen-next');
    const last = (await spoken()).at(-1)!.text;
    expect(last).toMatch(/^Die ersten Bauarbeiten/);
    await waitFor(
      reader,
      `(() => { const r = document.querySelector('.listen-current').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`,
      5_000,
    );

    await reader.select('.listen-rate', '1.5');
    expect((await spoken()).at(-1)).toMatchObject({ text: last, rate: 1.5 });

    const cancels = (await reader.evaluate('window.__speech.cancels')) as number;
    await reader.click('.listen-play');
    expect(await reader.$eval('.listen-bar', (el) => el.getAttribute('data-listen'))).toBe('paused');
    expect(await reader.evaluate('window.__speech.cancels')).toBeGreaterThan(cancels);
    const count = (await spoken()).length;
    await reader.evaluate('window.__finishUtterance()'); // nothing is being read: nothing moves on
    expect((await spoken()).length).toBe(count);
    await reader.click('.listen-play'); // resume: the same block again
    expect((await spoken()).at(-1)!.text).toBe(last);
    await Promise.all([reader.close(), page.close()]);
  });

  it('is not shown when the browser has no voice', async () => {
    const page = await openPage(SECTIONS);
    const reader = await readerFor(
      page,
      `Object.defineProperty(window, 'speechSynthesis', { value: Object.assign(new EventTarget(), { getVoices: () => [], cancel() {} }) })`,
    );
    await new Promise((done) => setTimeout(done, 500));
    expect(await reader.$('.listen-bar')).toBeNull();
    expect(await reader.$('.reader-toolbar')).not.toBeNull();
    await Promise.all([reader.close(), page.close()]);
  });
});

describe('Chromium: what Pith removed, and putting it back', () => {
  it('lists only what was hidden from the reader, grouped by reason; Show puts a block back in place, Hide takes it out', async () => {
    const page = await openPage(KSL);
    const reader = await readerFor(page);
    const view = await readReader(reader);
    const reasons = view.removedReasons.join(' | ');
    expect(reasons).toContain('list of other stories or topics (2)');
    expect(reasons).toContain('newsletter signup (1)');
    for (const elsewhere of ['takeaways', 'lead image', 'byline repeated']) expect(reasons).not.toContain(elsewhere);

    const item = `.removed li[data-removed-index]`;
    const toggle = async (text: string) => {
      const index = await reader.$$eval(
        item,
        (lis, t) => lis.find((li) => li.textContent!.includes(t))!.getAttribute('data-removed-index'),
        text,
      );
      // The element's own click: the list is at the foot of a long page that is still laying out
      // (pictures' frames, Listen's voices) on a loaded machine, so a click at coordinates can miss.
      await reader.$eval(`${item}[data-removed-index="${index}"] .removed-toggle`, (button) =>
        (button as HTMLElement).click(),
      );
      return index;
    };
    const index = await toggle('Most recent World stories');
    const restored = `.article-body [data-pith-restored="${index}"]`;
    await waitFor(reader, `document.querySelector('${restored}') !== null`, 5_000);
    expect(await reader.$eval(restored, (el) => (el as HTMLElement).innerText)).toContain('Most recent World stories');
    // In place: right after the story's last paragraph.
    expect(
      await reader.evaluate(
        `(() => { const ps = Array.from(document.querySelectorAll('.article-body p')).filter((p) => !p.closest('[data-pith-restored]')); const last = ps[ps.length - 1]; return last.textContent.includes('opposes military interventions') && !!(last.compareDocumentPosition(document.querySelector('${restored}')) & 4); })()`,
      ),
    ).toBe(true);
    expect(await reader.$eval(`${item}[data-removed-index="${index}"] .removed-toggle`, (b) => b.textContent)).toBe(
      'Hide',
    );
    // Images in it stay placeholders until asked for (no request of Pith's own).
    expect(await reader.$$eval(`${restored} img`, (imgs) => imgs.length)).toBe(0);

    // The Hide button in the block itself, where a user sees it (not under the sticky toolbar).
    await reader.$eval(`${restored} [data-pith-hide]`, (b) =>
      b.scrollIntoView({ block: 'center', behavior: 'instant' }),
    );
    expect(
      await reader.$eval(`${restored} [data-pith-hide]`, (b) => {
        const r = b.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b;
      }),
    ).toBe(true);
    await reader.click(`${restored} [data-pith-hide]`);
    await waitFor(reader, `document.querySelector('${restored}') === null`, 5_000);
    expect(await reader.$eval(`${item}[data-removed-index="${index}"] .removed-toggle`, (b) => b.textContent)).toBe(
      'Show',
    );
    await Promise.all([reader.close(), page.close()]);
  });

  it('puts a block back between the sections where it stood', async () => {
    const page = await openPage(SECTIONS);
    const reader = await readerFor(page);
    await reader.$eval('.removed-toggle', (button) => (button as HTMLElement).click());
    await waitFor(reader, `document.querySelector('[data-pith-restored]') !== null`, 5_000);
    const around = await reader.evaluate(
      `(() => { const r = document.querySelector('[data-pith-restored]'); return [r.previousElementSibling.textContent.trim().slice(0, 20), r.nextElementSibling.textContent.trim()]; })()`,
    );
    expect(around).toEqual(['Kritiker bemängeln, ', 'Die Anwohner']);
    await Promise.all([reader.close(), page.close()]);
  });
});
