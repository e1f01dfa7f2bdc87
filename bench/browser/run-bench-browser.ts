/** `npm run bench:browser`: Pith in real Chromium on the zyte-dev pages (served on 127.0.0.1), and
 * three generated big pages (39,000, 100,000 and 240,000 elements). Per page:
 *  - Pith: the time from the toolbar press to the article being ready (the content script has the
 *    reading back: its "pith-read-end-*" mark on the page's timeline, test builds only), and the
 *    longest main-thread stall in the page in that time (a timer heartbeat in the page);
 *  - the reference, raw Readability on a clone of the document in the same page (main world, the
 *    bundle injected): its time and the stall it causes (it runs on the page's thread);
 *  - the popup: the time from its document start to the article painted.
 * Prints median and p95 of each and the ratios, then one machine-readable last line (JSON after
 * "BENCH_BROWSER "). Heavy: run it under the lock. `--limit N` reads only the first N zyte pages.
 * Needs the test build: `wxt build --mode e2e` (the npm script builds it). */
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromiumWithPith, openPopupByToolbar, type ChromiumWithPith } from '../../test/e2e/chromium';
import { percentile } from '../timing';
import { bigPage } from './big-page';
import { heartbeatScript, longestStall } from './heartbeat';

const ZYTE = process.env.PITH_ZYTE_DEV ?? '/work/shared/bench/zyte-dev';
const NONCE = 'pith-bench';
/** The saved pages' own scripts and remote resources stay off (no network here, and the pages were
 * saved with JavaScript off); only the heartbeat runs. Extension scripts are not bound by it. */
const CSP = `default-src 'self' data:; script-src 'nonce-${NONCE}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:`;

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function withHeartbeat(html: string): string {
  const beat = heartbeatScript(NONCE);
  const head = /<head[^>]*>/i.exec(html);
  return head
    ? html.slice(0, head.index + head[0].length) + beat + html.slice(head.index + head[0].length)
    : beat + html;
}

interface PageResult {
  page: string;
  elements: number;
  status: string;
  offThread: boolean;
  pithMs: number;
  pithStallMs: number;
  /** The read itself: from the content script's start to its answer (capture, reader, reply). */
  readMs: number;
  readabilityMs: number;
  readabilityStallMs: number;
  popupMs: number;
}

async function benchPage(pith: ChromiumWithPith, url: string, name: string, readability: string): Promise<PageResult> {
  const page: Page = await pith.browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const elements = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    const pressedAt = (await page.evaluate('performance.now()')) as number;
    const popup = await openPopupByToolbar(pith, page);
    const painted = await popup.waitForFunction(
      `document.querySelector('.article, .status:not([data-status="loading"])') && performance.now()`,
      { polling: 'raf', timeout: 60_000 },
    );
    const popupMs = (await painted.jsonValue()) as number;
    const status = (await popup.evaluate(
      `document.querySelector('.article') ? 'article' : document.querySelector('.status')?.dataset.status ?? ''`,
    )) as string;
    await popup.close();
    const marks = (await page.evaluate(
      `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('pith-read-end')).map((m) => [m.name, m.startTime])`,
    )) as Array<[string, number]>;
    if (marks.length === 0) throw new Error('no pith-read-end mark: is this the e2e build?');
    const [endName, readyAt] = marks[marks.length - 1];
    const readStart = (await page.evaluate(
      `performance.getEntriesByName('pith-read-start').at(-1)?.startTime ?? NaN`,
    )) as number;
    // The reference, in the same page, once Pith is done.
    await new Promise((done) => setTimeout(done, 100));
    await page.evaluate(readability);
    const ref = (await page.evaluate(`(() => {
      const from = performance.now();
      const article = new Readability(document.cloneNode(true)).parse();
      return [from, performance.now(), article !== null];
    })()`)) as [number, number, boolean];
    await new Promise((done) => setTimeout(done, 50)); // the beat after the reference is recorded
    const beats = (await page.evaluate('window.__gaps')) as Array<[number, number]>;
    return {
      page: name,
      elements,
      status,
      offThread: endName === 'pith-read-end-off-thread',
      pithMs: readyAt - pressedAt,
      pithStallMs: longestStall(beats, pressedAt, readyAt),
      readMs: readyAt - readStart,
      readabilityMs: ref[1] - ref[0],
      readabilityStallMs: longestStall(beats, ref[0], ref[1]),
      popupMs,
    };
  } finally {
    await page.close();
  }
}

const round = (ms: number) => Math.round(ms);
function summary(values: number[]) {
  return { median: round(percentile(values, 50)), p95: round(percentile(values, 95)) };
}

async function main(): Promise<void> {
  const limit = Number(argValue('--limit') ?? Infinity);
  const extensionDir = resolve(argValue('--extension') ?? '.output/chrome-mv3-e2e');
  const ids = (await readdir(join(ZYTE, 'html')))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace('.html.gz', ''))
    .sort();
  const chosen = ids.slice(0, limit);
  const pages = new Map<string, string>();
  for (const id of chosen)
    pages.set(
      `z/${id}.html`,
      withHeartbeat(gunzipSync(await readFile(join(ZYTE, 'html', `${id}.html.gz`))).toString('utf8')),
    );
  const big = new Map([
    ['gen/big-39k.html', bigPage(39_000, heartbeatScript(NONCE))],
    ['gen/big-100k.html', bigPage(100_000, heartbeatScript(NONCE))],
    // Near the reader's limit (OFF_THREAD_MAX_ELEMENTS, 250,000).
    ['gen/big-240k.html', bigPage(240_000, heartbeatScript(NONCE))],
  ]);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/^\/+/, '');
    const body = pages.get(path) ?? big.get(path);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const readability = await readFile(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');

  const pith = await launchChromiumWithPith(extensionDir);
  const results: PageResult[] = [];
  const bigResults: PageResult[] = [];
  try {
    // One page first, not counted: the reader's document opens on the first read.
    await benchPage(pith, `${origin}/${[...pages.keys()][0] ?? 'gen/big-39k.html'}`, 'warm-up', readability).catch(
      () => undefined,
    );
    for (const path of pages.keys()) {
      try {
        const result = await benchPage(pith, `${origin}/${path}`, path.slice(2, 14), readability);
        results.push(result);
        console.log(
          `${result.page}  ${String(result.elements).padStart(6)} el  pith ${round(result.pithMs)} ms (read ${round(result.readMs)}, stall ${round(result.pithStallMs)})  readability ${round(result.readabilityMs)} ms (stall ${round(result.readabilityStallMs)})  popup ${round(result.popupMs)} ms  ${result.status}${result.offThread ? '' : ' IN-PAGE'}`,
        );
      } catch (error) {
        console.log(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const path of big.keys()) {
      const result = await benchPage(pith, `${origin}/${path}`, path.slice(4, -5), readability);
      bigResults.push(result);
      console.log(
        `${result.page}  ${result.elements} elements: pith ${round(result.pithMs)} ms, longest stall ${round(result.pithStallMs)} ms (${result.status}); readability ${round(result.readabilityMs)} ms, stall ${round(result.readabilityStallMs)} ms; popup ${round(result.popupMs)} ms`,
      );
    }
  } finally {
    await pith.close();
    server.close();
  }
  const pithMs = summary(results.map((r) => r.pithMs));
  const readabilityMs = summary(results.map((r) => r.readabilityMs));
  const report = {
    pages: results.length,
    offThread: results.filter((r) => r.offThread).length,
    articles: results.filter((r) => r.status === 'article').length,
    pithMs,
    readabilityMs,
    ratio: {
      median: +(pithMs.median / readabilityMs.median).toFixed(2),
      p95: +(pithMs.p95 / readabilityMs.p95).toFixed(2),
    },
    readMs: summary(results.map((r) => r.readMs)),
    readRatio: {
      median: +(
        percentile(
          results.map((r) => r.readMs),
          50,
        ) /
        percentile(
          results.map((r) => r.readabilityMs),
          50,
        )
      ).toFixed(2),
    },
    pithStallMs: summary(results.map((r) => r.pithStallMs)),
    readabilityStallMs: summary(results.map((r) => r.readabilityStallMs)),
    popupMs: summary(results.map((r) => r.popupMs)),
    big: Object.fromEntries(
      bigResults.map((r) => [
        r.page,
        {
          elements: r.elements,
          status: r.status,
          pithMs: round(r.pithMs),
          readMs: round(r.readMs),
          stallMs: round(r.pithStallMs),
          readabilityStallMs: round(r.readabilityStallMs),
        },
      ]),
    ),
  };
  console.log(
    `\nPith (press → article ready): median ${pithMs.median} ms, p95 ${pithMs.p95} ms; raw Readability in the page: median ${readabilityMs.median} ms, p95 ${readabilityMs.p95} ms; ratio ${report.ratio.median} (median), ${report.ratio.p95} (p95)`,
  );
  console.log(
    `The read alone (content script start → answer, off the thread): median ${report.readMs.median} ms, p95 ${report.readMs.p95} ms; ratio to Readability ${report.readRatio.median} (median)`,
  );
  console.log(
    `Longest main-thread stall: Pith median ${report.pithStallMs.median} ms, p95 ${report.pithStallMs.p95} ms; Readability median ${report.readabilityStallMs.median} ms, p95 ${report.readabilityStallMs.p95} ms`,
  );
  console.log(
    `Popup, document start → article painted: median ${report.popupMs.median} ms, p95 ${report.popupMs.p95} ms`,
  );
  console.log(`BENCH_BROWSER ${JSON.stringify(report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
