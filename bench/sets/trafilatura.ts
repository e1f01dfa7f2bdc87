/** trafilatura-dev: pages of every kind with `with` / `without` snippets, scored by trafilatura's
 * rule. The text scored is Pith's article body (`article.text`, as `articleBody` in the CLI): the
 * takeaways are not added. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapInWorkers, TaskError } from '../../cli/pool';
import type { PithResult } from '../extractors';
import { HALVES, splitHalves, type Half } from '../halves';
import type { BenchOptions } from '../options';
import { PAGE_TASKS, type PageJob } from '../page-tasks';
import { clip, f3, heading, scopeLabels, table, writePredictions } from '../report';
import {
  countSnippets,
  normalizeWhitespace,
  scoreCounts,
  sumCounts,
  type Counts,
  type SnippetCase,
  type SnippetScore,
} from '../trafilatura-score';

interface EvalPage extends SnippetCase {
  id: string;
  /** A URL, or a label such as "hard::site.html" in the older cases. */
  url: string;
}

/** The address the page is read at: its `url` when that is one, else a stand-in. */
export function pageUrl(page: { id: string; url: string }): string {
  return /^https?:\/\//i.test(page.url) ? page.url : `http://fakehost/${page.id}`;
}

export async function runTrafilatura(options: BenchOptions): Promise<string> {
  const dir = options.dirs['trafilatura-dev'];
  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Omit<EvalPage, 'id'>>;
  const pages: EvalPage[] = Object.entries(evaldata)
    .map(([id, page]) => ({ id, ...page }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const pith: Record<string, string> = {};
  const raw: Record<string, string> = {};
  const refused: string[] = [];

  const jobs: PageJob[] = pages.map((page) => ({ file: join(dir, 'pages', `${page.id}.html.gz`), url: pageUrl(page) }));
  const results = await mapInWorkers<PageJob, { pith: PithResult; rawText: string }>(
    PAGE_TASKS,
    'readPage',
    jobs,
    options.jobs,
  );
  for (const [index, page] of pages.entries()) {
    const result = results[index];
    if (result instanceof TaskError) throw new Error(`${page.id}: ${result.message}`);
    raw[page.id] = result.rawText;
    pith[page.id] = result.pith.text;
    if (!result.pith.ok) refused.push(`${page.id} (${result.pith.refusal}) ${page.url}`);
  }

  const setName = 'trafilatura-dev';
  const asPredictions = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).map(([id, articleBody]) => [id, { articleBody }]));
  const pithFile = writePredictions(options.outDir, setName, 'pith', asPredictions(pith));
  writePredictions(options.outDir, setName, 'readability', asPredictions(raw));

  const halves = splitHalves(pages, (p) => p.id);
  const scopes: Record<'all' | Half, EvalPage[]> = { all: pages, ...halves };
  const scoreOf = (texts: Record<string, string>, scope: EvalPage[]) =>
    scoreCounts(sumCounts(scope.map((p) => countSnippets(texts[p.id], p))));
  const rows = (
    [
      ['Pith (as shipped, body only)', pith],
      ['Readability (raw, textContent)', raw],
    ] as const
  ).map(([name, texts]) => ({
    name,
    all: scoreOf(texts, scopes.all),
    A: scoreOf(texts, scopes.A),
    B: scoreOf(texts, scopes.B),
  }));

  heading(`trafilatura-dev: ${pages.length} pages from ${dir}`);
  console.log("snippet P / R / F and boilerplate snippets leaked (trafilatura's rule, counts summed over pages;");
  console.log('the text scored is the article body, takeaways not added; a page Pith refuses keeps nothing)\n');
  const cell = (s: SnippetScore) => `${f3(s.precision)} ${f3(s.recall)} ${f3(s.f)} ${s.leaked}/${s.withoutTotal}`;
  const sizes = { all: pages.length, A: halves.A.length, B: halves.B.length };
  console.log(
    table(
      ['extractor', ...scopeLabels(sizes).map((l) => `${l}: P R F leaked`)],
      rows.map((r) => [r.name, cell(r.all), ...HALVES.map((h) => cell(r[h]))]),
    ),
  );
  // Checked once: decoding those 68 pages by the sniffed charset instead, this scorer gives raw
  // Readability exactly the published 0.870 / 0.879 / 0.875 and 184 leaked.
  console.log(
    '(published for raw Readability, baselines.md: P 0.870 R 0.880 F 0.875, 184/1406 leaked, with the charset as jsdom',
  );
  console.log(
    ' sniffs it: windows-1252 unless declared in the first 1024 bytes; here pages are decoded as the CLI does, which',
  );
  console.log(' reads 68 of them differently)');
  console.log(`\nPith refused ${refused.length} page(s)${refused.length ? ':' : ''}`);
  for (const line of refused) console.log(`  ${line}`);

  printWorst(pages, pith, options.worst, halves.A);
  console.log(`\npredictions: ${pithFile} and -readability.json`);
  const [p, r] = [rows[0], rows[1]];
  return `trafilatura F=${f3(p.all.f)} P=${f3(p.all.precision)} R=${f3(p.all.recall)} F_A=${f3(p.A.f)} F_B=${f3(p.B.f)} leaked=${p.all.leaked}/${p.all.withoutTotal} refused=${refused.length} readability_F=${f3(r.all.f)}`;
}

/** The pages with the most snippets wrong (missed + leaked), with the first of each kind. */
function printWorst(pages: EvalPage[], pith: Record<string, string>, worst: number, halfA: EvalPage[]): void {
  const body = (id: string) => normalizeWhitespace(pith[id]);
  const wrong = pages
    .map((page) => ({ page, counts: countSnippets(pith[page.id], page) }))
    .filter(({ counts }) => counts.fn + counts.fp > 0)
    .sort(
      (a, b) => wrongShare(b.counts) - wrongShare(a.counts) || b.counts.fn + b.counts.fp - (a.counts.fn + a.counts.fp),
    );
  console.log(
    `\nworst ${worst} pages for Pith (share of snippets wrong; missed with / leaked without; half, id, url):`,
  );
  for (const { page, counts } of wrong.slice(0, worst)) {
    const half = halfA.includes(page) ? 'A' : 'B';
    console.log(
      `  ${f3(wrongShare(counts))}  missed ${counts.fn}/${page.with.length}  leaked ${counts.fp}/${page.without.length}  ${half}  ${page.id}  ${page.url}`,
    );
    const missed = page.with.find((s) => !body(page.id).includes(normalizeWhitespace(s)));
    const leaked = page.without.find((s) => body(page.id).includes(normalizeWhitespace(s)));
    if (!body(page.id)) console.log('        no text');
    else if (missed) console.log(`        missed: "${clip(missed)}"`);
    if (leaked) console.log(`        leaked: "${clip(leaked)}"`);
  }
  console.log(`  (${wrong.length} of ${pages.length} pages have at least one snippet wrong)`);
}

const wrongShare = (c: Counts) => (c.fn + c.fp) / Math.max(1, c.tp + c.fp + c.fn + c.tn);
