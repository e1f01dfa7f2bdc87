/** Launches the system Chromium with Pith's Chrome build installed, as a user's browser would have it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';

export const CHROMIUM = process.env.PITH_CHROMIUM ?? '/usr/bin/chromium';

/** A headless browser that does nothing on its own: no sandbox (root in CI), no GPU, no network
 * chatter, no first-run screens. */
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumWithPith {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** `language`: the browser's UI language (e.g. "de"), which picks the extension's _locales. */
export async function launchChromiumWithPith(
  extensionDir = resolve('.output/chrome-mv3'),
  language?: string,
): Promise<ChromiumWithPith> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pith-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [...QUIET_ARGS, '--enable-unsafe-extension-debugging', ...(language ? [`--lang=${language}`] : [])],
    ...(language ? { env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` } } : {}),
  });
  const extensionId = await browser.installExtension(extensionDir);
  return {
    browser,
    extensionId,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium on a kept profile with Pith loaded from the command line, as a user's browser
 * that starts with Pith already installed: for restart tests, launch twice on the same profile. */
export async function launchChromiumOnProfile(
  extensionDir: string,
  userDataDir: string,
  extraArgs: string[] = [],
): Promise<ChromiumWithPith> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...QUIET_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout: 10_000 },
  );
  return { browser, extensionId: new URL(worker.url()).host, close: () => browser.close() };
}

/** Presses Pith's toolbar button on `page`, as a user would (this grants activeTab), and returns
 * the real popup that opens. */
export async function openPopupByToolbar(pith: ChromiumWithPith, page: Page): Promise<Page> {
  await page.bringToFront();
  const popupTarget = pith.browser.waitForTarget(
    (t) => t.url() === `chrome-extension://${pith.extensionId}/popup.html`,
    {
      timeout: 10_000,
    },
  );
  const extension = (await pith.browser.extensions()).get(pith.extensionId);
  if (!extension) throw new Error('Pith is not installed');
  await page.triggerExtensionAction(extension);
  const popup = await (await popupTarget).asPage();
  if (!popup) throw new Error('the popup opened but could not be attached to');
  return popup;
}

/** Pith's service worker (waits for it to be running; starts it by waking it if needed). */
export async function pithWorker(pith: ChromiumWithPith): Promise<WebWorker> {
  const target = await pith.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url() === `chrome-extension://${pith.extensionId}/background.js`,
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error("could not attach to Pith's service worker");
  return worker;
}

/** Stops Pith's service worker as Chrome does when it has been idle (CDP ServiceWorker domain, from
 * a page of the extension's own origin — its manifest, so that no Pith script wakes the worker). */
export async function stopPithWorker(pith: ChromiumWithPith): Promise<void> {
  const page = await pith.browser.newPage();
  await page.goto(`chrome-extension://${pith.extensionId}/manifest.json`);
  const session = await page.createCDPSession();
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await Promise.race([
    stopped,
    new Promise((_, reject) => setTimeout(() => reject(new Error("Pith's service worker did not stop")), 10_000)),
  ]);
  await page.close();
}
