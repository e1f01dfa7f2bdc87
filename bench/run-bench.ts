/** `npm run bench [-- --data DIR]`: Pith's core and raw Readability over a benchmark folder, in one
 * run, on the same jsdom documents; writes predictions, scores them with the benchmark's rule and
 * prints quality, the worst pages and speed. The last line is machine-readable. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../core';
import { readHtmlFile } from '../cli/decode';
import { closePage, parsePage } from '../cli/parse-page';
import { loadDataset } from './dataset';
import { diagnose } from './diagnose';
import { scorePage, scorePredictions, type Score } from './score';

const args = process.argv.slice(2);
const dataDir = resolve(args.includes('--data') ? args[args.indexOf('--data') + 1] : '../shared/bench/zyte-dev');
const outDir = resolve('bench-results');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Each page is extracted this many times by each extractor, alternating; the fastest run counts
 * (the usual way to keep a busy machine's noise out of a timing). */
const ROUNDS = 5;
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function timed<T>(run: () => T): [T, number] {
  collectGarbage?.(); // so that one extractor's garbage is not collected on the other's clock
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

async function main() {
  const dataset = loadDataset(dataDir);
  const truth = Object.fromEntries(dataset.pages.map((p) => [p.id, p.truth]));
  const pith: Record<string, string> = {};
  const raw: Record<string, string> = {};
  const pithMs: number[] = [];
  const rawMs: number[] = [];
  const notArticles: string[] = [];

  for (const [index, page] of dataset.pages.entries()) {
    const dom = parsePage(await readHtmlFile(page.file), page.url);
    const doc = dom.window.document;
    const runPith = () => timed(() => extractArticle(doc, page.url));
    const runRaw = () => timed(() => new Readability(doc.cloneNode(true) as Document).parse());
    const [extraction, firstPithTime] = runPith();
    const [parsed, firstRawTime] = runRaw();
    let [pithTime, rawTime] = [firstPithTime, firstRawTime];
    for (let round = 1; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer cache.
      const [first, second] = (index + round) % 2 ? [runPith, runRaw] : [runRaw, runPith];
      for (const run of [first, second]) {
        const [, ms] = run();
        if (run === runPith) pithTime = Math.min(pithTime, ms);
        else rawTime = Math.min(rawTime, ms);
      }
    }
    pithMs.push(pithTime);
    rawMs.push(rawTime);
    pith[page.id] = extraction.ok ? extraction.article.text : '';
    if (!extraction.ok) notArticles.push(`${page.id.slice(0, 12)} ${extraction.problem.kind}`);
    raw[page.id] = parsed?.textContent ?? '';
    closePage(dom);
  }

  mkdirSync(outDir, { recursive: true });
  const asPredictions = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).map(([id, articleBody]) => [id, { articleBody }]));
  writeFileSync(`${outDir}/pith.json`, JSON.stringify(asPredictions(pith), null, 1));
  writeFileSync(`${outDir}/readability.json`, JSON.stringify(asPredictions(raw), null, 1));

  const rows: Array<[string, Score]> = [
    ['Pith (core)', scorePredictions(truth, pith).score],
    ['Readability (raw, same DOM)', scorePredictions(truth, raw).score],
    ...Object.entries(dataset.baselines).map(([name, texts]) => [`baseline: ${name}`, scorePredictions(truth, texts).score] as [string, Score]),
  ];
  const f = (n: number) => n.toFixed(3);
  console.log(`\n${dataset.pages.length} pages from ${dataDir}\n`);
  console.log('extractor                          F1     P      R');
  for (const [name, s] of rows) console.log(`${name.padEnd(34)} ${f(s.f1)}  ${f(s.precision)}  ${f(s.recall)}`);

  console.log('\nworst 10 pages for Pith (page F1, P, R, URL, what went wrong):');
  const pages = dataset.pages.map((page) => {
    const s = scorePage(page.truth, pith[page.id]);
    const p = s.precision ?? 0;
    const r = s.recall ?? 0;
    return { page, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  });
  for (const { page, p, r, f1 } of pages.sort((a, b) => a.f1 - b.f1).slice(0, 10)) {
    console.log(`  ${f(f1)} ${f(p)} ${f(r)}  ${page.id.slice(0, 12)}  ${page.url}\n        ${diagnose(page.truth, pith[page.id])}`);
  }
  if (notArticles.length) console.log(`\npages Pith gave no article for: ${notArticles.join(', ')}`);

  const ratio = percentile(pithMs, 50) / percentile(rawMs, 50);
  console.log('\nextraction time per page (ms)     median    p95');
  console.log(`Pith (whole pipeline)             ${percentile(pithMs, 50).toFixed(1).padStart(6)}  ${percentile(pithMs, 95).toFixed(1).padStart(6)}`);
  console.log(`Readability (raw)                 ${percentile(rawMs, 50).toFixed(1).padStart(6)}  ${percentile(rawMs, 95).toFixed(1).padStart(6)}`);
  console.log(`ratio of medians                  ${ratio.toFixed(2).padStart(6)}`);
  console.log(`\npredictions written to ${outDir}/pith.json and readability.json\n`);
  const [pithScore, rawScore] = [rows[0][1], rows[1][1]];
  console.log(`pith F1=${f(pithScore.f1)} P=${f(pithScore.precision)} R=${f(pithScore.recall)} readability F1=${f(rawScore.f1)} time_ratio=${ratio.toFixed(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
