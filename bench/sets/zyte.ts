/** A folder of the Zyte layout (zyte-dev by default): shingle F1 / P / R by the benchmark's own
 * rule for Pith as shipped, raw Readability on the same jsdom documents and the published baseline
 * files; the worst pages; and the time each extractor takes per page. */
import { mapInWorkers, TaskError } from '../../cli/pool';
import { loadDataset, type BenchPage } from '../dataset';
import { diagnose } from '../diagnose';
import { HALVES, splitHalves } from '../halves';
import type { BenchOptions } from '../options';
import { f3, heading, scopeLabels, table, writePredictions } from '../report';
import { scorePage, scorePredictions, type Score } from '../score';
import { PAGE_TASKS, type TimedPageJob, type TimedPageResult } from '../page-tasks';
import { percentile, ROUNDS } from '../timing';

export async function runZyte(options: BenchOptions, label: string): Promise<string> {
  const dir = options.dirs['zyte-dev'];
  const dataset = loadDataset(dir);
  const pith: Record<string, string> = {};
  const raw: Record<string, string> = {};
  const pithMs: number[] = [];
  const rawMs: number[] = [];
  const refused: string[] = [];

  const threads = options.timing ? options.timedJobs : options.jobs;
  const jobs: TimedPageJob[] = dataset.pages.map((page, index) => ({
    file: page.file,
    url: page.url,
    rounds: options.timing ? ROUNDS : 1,
    parity: index,
  }));
  const results = await mapInWorkers<TimedPageJob, TimedPageResult>(PAGE_TASKS, 'readTimedPage', jobs, threads);
  for (const [index, page] of dataset.pages.entries()) {
    const run = results[index];
    if (run instanceof TaskError) throw new Error(`${page.id}: ${run.message}`);
    pithMs.push(run.pithMs);
    rawMs.push(run.rawMs);
    pith[page.id] = run.pith.text;
    raw[page.id] = run.rawText;
    if (!run.pith.ok) refused.push(`${page.id.slice(0, 12)} (${run.pith.refusal}) ${page.url}`);
  }

  const asPredictions = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).map(([id, articleBody]) => [id, { articleBody }]));
  const setName = label === 'zyte' ? 'zyte-dev' : label;
  const pithFile = writePredictions(options.outDir, setName, 'pith', asPredictions(pith));
  writePredictions(options.outDir, setName, 'readability', asPredictions(raw));

  const halves = splitHalves(dataset.pages, (p) => p.id);
  const scopes = { all: dataset.pages, ...halves };
  const scoreOf = (texts: Record<string, string>, pages: BenchPage[]): Score =>
    scorePredictions(Object.fromEntries(pages.map((p) => [p.id, p.truth])), texts).score;
  const extractors: Array<[string, Record<string, string>]> = [
    ['Pith (as shipped)', pith],
    ['Readability (raw, same DOM)', raw],
    ...Object.entries(dataset.baselines).map(
      ([name, texts]) => [`baseline: ${name}`, texts] as [string, Record<string, string>],
    ),
  ];
  const scores = extractors.map(([name, texts]) => ({
    name,
    all: scoreOf(texts, scopes.all),
    A: scoreOf(texts, scopes.A),
    B: scoreOf(texts, scopes.B),
  }));

  heading(`${label}: ${dataset.pages.length} pages from ${dir}`);
  console.log("shingle F1 / P / R (the benchmark's rule; a page Pith refuses scores as empty text)\n");
  const cell = (s: Score) => `${f3(s.f1)} ${f3(s.precision)} ${f3(s.recall)}`;
  const sizes = { all: scopes.all.length, A: scopes.A.length, B: scopes.B.length };
  console.log(
    table(
      ['extractor', ...scopeLabels(sizes).map((l) => `${l}: F1 P R`)],
      scores.map((s) => [s.name, cell(s.all), ...HALVES.map((h) => cell(s[h]))]),
    ),
  );
  console.log(`\nPith refused ${refused.length} page(s)${refused.length ? ':' : ''}`);
  for (const line of refused) console.log(`  ${line}`);

  console.log(`\nworst ${options.worst} pages for Pith (page F1, P, R, half, id, URL, what went wrong):`);
  const pages = dataset.pages.map((page) => {
    const s = scorePage(page.truth, pith[page.id]);
    const [p, r] = [s.precision ?? 0, s.recall ?? 0];
    return { page, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  });
  for (const { page, p, r, f1 } of pages.sort((a, b) => a.f1 - b.f1).slice(0, options.worst)) {
    const half = halves.A.includes(page) ? 'A' : 'B';
    console.log(
      `  ${f3(f1)} ${f3(p)} ${f3(r)}  ${half}  ${page.id.slice(0, 12)}  ${page.url}\n        ${diagnose(page.truth, pith[page.id])}`,
    );
  }

  const [pithScore, rawScore] = [scores[0], scores[1]];
  let timing = '';
  if (options.timing) {
    const ratio = percentile(pithMs, 50) / percentile(rawMs, 50);
    const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);
    // Each page is timed on the thread that reads it, both extractors back to back on one document,
    // so the ratio compares like with like; with several threads the times themselves run higher.
    console.log(
      `\nextraction time per page, ms (fastest of ${ROUNDS} runs, garbage collected between runs; ${threads} page(s) at once):`,
    );
    console.log(
      table(
        ['extractor', 'median', 'p95'],
        [
          ['Pith (whole pipeline)', ms(pithMs, 50), ms(pithMs, 95)],
          ['Readability (raw)', ms(rawMs, 50), ms(rawMs, 95)],
          ['ratio of medians', ratio.toFixed(2), ''],
        ],
      ),
    );
    timing = ` time_ratio=${ratio.toFixed(2)}`;
  } else console.log('\n(--no-timing: one run per page, no times)');
  console.log(`\npredictions: ${pithFile} and -readability.json`);
  const s = pithScore.all;
  return `${label} F1=${f3(s.f1)} P=${f3(s.precision)} R=${f3(s.recall)} F1_A=${f3(pithScore.A.f1)} F1_B=${f3(pithScore.B.f1)} refused=${refused.length} readability_F1=${f3(rawScore.all.f1)}${timing}`;
}
