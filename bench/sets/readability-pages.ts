/** readability-pages: Mozilla Readability's test pages with its expected output. Does Pith keep
 * every word Readability keeps (except clutter), and which rule dropped what it did not keep? Also
 * pages Readability calls readerable that Pith refuses, and title / byline agreement. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { closePage, parsePage } from '../../cli/parse-page';
import { mapInWorkers, TaskError } from '../../cli/pool';
import { attributeBlock } from '../attribute';
import { runPith, runReadability, type PithResult } from '../extractors';
import { HALVES, splitHalves, type Half } from '../halves';
import { htmlTextBlocks } from '../html-text';
import type { BenchOptions } from '../options';
import { clip, f3, heading, scopeLabels, table, writePredictions } from '../report';
import { missingBlocks, wordRecall, type MissingBlock } from '../word-recall';

/** Readability's tests read every page at this address. */
const PAGE_URL = 'http://fakehost/test/page.html';
/** A page below this recall is listed with what it lost. */
const LISTED_BELOW = 0.99;
/** Missing blocks shown per page. */
const BLOCKS_SHOWN = 2;

interface Expected {
  title?: string | null;
  byline?: string | null;
  readerable?: boolean;
}

export interface CaseResult {
  id: string;
  expected: Expected;
  expectedBlocks: string[];
  pith: PithResult;
  raw: { text: string; title: string | null; byline: string | null };
  recall: number | null;
  /** Recall on all the text Pith shows: the body, and the takeaways box and lead caption it shows
   * above the body (Readability leaves both in its body). */
  shownRecall: number | null;
  rawRecall: number | null;
}

/** Everything of the article's text that Pith shows the reader: takeaways, lead caption, body. */
function shownText(pith: PithResult): string {
  if (!pith.ok) return '';
  const { takeaways, leadImage } = pith.article;
  return [...(takeaways?.items ?? []), leadImage?.caption ?? '', pith.text].filter(Boolean).join('\n');
}

// The pages are stored as UTF-8 whatever they declare (as Readability's own tests read them).
const gunzipText = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');

/** One page of the set: the unit of work of the bench's worker pool, which loads this module. */
export async function readCase({ dir, id }: { dir: string; id: string }): Promise<CaseResult> {
  const folder = join(dir, 'pages', id);
  const dom = parsePage(gunzipText(join(folder, 'source.html.gz')), PAGE_URL);
  const doc = dom.window.document;
  const pith = runPith(doc, PAGE_URL);
  const parsed = runReadability(doc);
  const expectedBlocks = htmlTextBlocks(doc, gunzipText(join(folder, 'expected.html.gz')));
  const rawText = parsed?.content ? htmlTextBlocks(doc, parsed.content).join('\n') : '';
  closePage(dom);
  const metadataFile = join(folder, 'expected-metadata.json.gz');
  const expected = existsSync(metadataFile) ? (JSON.parse(gunzipText(metadataFile)) as Expected) : {};
  const expectedText = expectedBlocks.join('\n');
  return {
    id,
    expected,
    expectedBlocks,
    pith,
    raw: { text: rawText, title: parsed?.title ?? null, byline: parsed?.byline ?? null },
    recall: wordRecall(expectedText, pith.text),
    shownRecall: wordRecall(expectedText, shownText(pith)),
    rawRecall: wordRecall(expectedText, rawText),
  };
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** "N of M": pages whose value equals the expected one, of the pages with an expected value. */
function agreement(
  cases: CaseResult[],
  expectedOf: (c: CaseResult) => string | null | undefined,
  actualOf: (c: CaseResult) => string | null | undefined,
  contains = false,
  siteNameAside = false,
) {
  const scored = cases.filter((c) => norm(expectedOf(c)));
  const agrees = (c: CaseResult) => {
    const [want, got] = [norm(expectedOf(c)), norm(actualOf(c))];
    if (siteNameAside && got !== '' && withSiteTail(want, got)) return true;
    return contains ? got !== '' && (want.includes(got) || got.includes(want)) : want === got;
  };
  const mismatches = scored.filter((c) => !agrees(c));
  return { agree: scored.length - mismatches.length, of: scored.length, mismatches };
}

export async function runReadabilityPages(options: BenchOptions): Promise<string> {
  const dir = options.dirs['readability-pages'];
  const ids = readdirSync(join(dir, 'pages'))
    .filter((id) => existsSync(join(dir, 'pages', id, 'source.html.gz')))
    .sort();
  const results = await mapInWorkers<{ dir: string; id: string }, CaseResult>(
    new URL(import.meta.url),
    'readCase',
    ids.map((id) => ({ dir, id })),
    options.jobs,
  );
  const cases = results.map((result, index) => {
    if (result instanceof TaskError) throw new Error(`${ids[index]}: ${result.message}`);
    return result;
  });

  const setName = 'readability-pages';
  const pithFile = writePredictions(
    options.outDir,
    setName,
    'pith',
    Object.fromEntries(
      cases.map((c) => [
        c.id,
        c.pith.ok
          ? { articleBody: c.pith.text, title: c.pith.article.title, byline: c.pith.article.byline }
          : { articleBody: '', refused: c.pith.refusal },
      ]),
    ),
  );
  writePredictions(
    options.outDir,
    setName,
    'readability',
    Object.fromEntries(cases.map((c) => [c.id, { articleBody: c.raw.text, title: c.raw.title, byline: c.raw.byline }])),
  );

  const halves = splitHalves(cases, (c) => c.id);
  const scopes: Record<'all' | Half, CaseResult[]> = { all: cases, ...halves };
  const meanRecall = (scope: CaseResult[], of: (c: CaseResult) => number | null) =>
    mean(scope.map(of).filter((r): r is number => r !== null));
  const read = (scope: CaseResult[]) => scope.filter((c) => c.pith.ok);

  heading(`readability-pages: ${cases.length} pages from ${dir}`);
  console.log(
    "word recall: share of the expected text's words (\\w+, as a multiset) found in the text; mean over pages\n",
  );
  const sizes = { all: cases.length, A: halves.A.length, B: halves.B.length };
  const recallRows: Array<[string, (scope: CaseResult[]) => number]> = [
    ['Pith (as shipped; a refused page keeps 0)', (s) => meanRecall(s, (c) => c.recall)],
    ['Pith, only the pages it reads', (s) => meanRecall(read(s), (c) => c.recall)],
    ['Pith, all it shows (takeaways box, lead caption, body)', (s) => meanRecall(s, (c) => c.shownRecall)],
    ['Readability (raw, same DOM)', (s) => meanRecall(s, (c) => c.rawRecall)],
  ];
  console.log(
    table(
      ['extractor', ...scopeLabels(sizes)],
      recallRows.map(([name, of]) => [name, ...(['all', ...HALVES] as const).map((scope) => f3(of(scopes[scope])))]),
    ),
  );

  printLosses(cases, options.worst, halves.A);

  const refused = cases.filter((c) => !c.pith.ok);
  const readerableRefused = refused.filter((c) => c.expected.readerable === true);
  console.log(
    `\nPith refused ${refused.length} page(s), ${readerableRefused.length} of them readerable by Readability's test (readerable: true):`,
  );
  for (const c of refused)
    if (!c.pith.ok) console.log(`  ${c.id} (${c.pith.refusal})${c.expected.readerable ? ' READERABLE' : ''}`);

  const pithTitle = (c: CaseResult) => (c.pith.ok ? c.pith.article.title : null);
  const pithByline = (c: CaseResult) => (c.pith.ok ? c.pith.article.byline : null);
  const titles = agreement(cases, (c) => c.expected.title, pithTitle);
  const bylines = agreement(cases, (c) => c.expected.byline, pithByline);
  const bylinesContain = agreement(cases, (c) => c.expected.byline, pithByline, true);
  const rawTitles = agreement(
    cases,
    (c) => c.expected.title,
    (c) => c.raw.title,
  );
  const titlesAsideSite = agreement(cases, (c) => c.expected.title, pithTitle, false, true);
  const rawTitlesAsideSite = agreement(
    cases,
    (c) => c.expected.title,
    (c) => c.raw.title,
    false,
    true,
  );
  const rawBylines = agreement(
    cases,
    (c) => c.expected.byline,
    (c) => c.raw.byline,
  );
  console.log(
    '\ntitle and byline (white space normalised, exact and case-sensitive; "contains": either holds the other;',
  );
  console.log(
    '"site name aside": also the same when the expected title is Pith\'s plus a separated site-name tail, which Pith drops)',
  );
  console.log(
    table(
      ['', 'titles', 'titles, site name aside', 'bylines', 'bylines contain'],
      [
        [
          'Pith',
          `${titles.agree}/${titles.of}`,
          `${titlesAsideSite.agree}/${titlesAsideSite.of}`,
          `${bylines.agree}/${bylines.of}`,
          `${bylinesContain.agree}/${bylinesContain.of}`,
        ],
        [
          'Readability (raw)',
          `${rawTitles.agree}/${rawTitles.of}`,
          `${rawTitlesAsideSite.agree}/${rawTitlesAsideSite.of}`,
          `${rawBylines.agree}/${rawBylines.of}`,
          '',
        ],
      ],
    ),
  );
  console.log('title mismatches, site name aside (expected → Pith):');
  for (const c of titles.mismatches) {
    if (!titlesAsideSite.mismatches.includes(c)) continue;
    const [want, got] = aroundDifference(norm(c.expected.title), norm(pithTitle(c)));
    console.log(`  ${c.id}: "${want}" → ${pithTitle(c) === null ? '(refused)' : `"${got}"`}`);
  }
  console.log('byline mismatches (expected → Pith; * = one contains the other):');
  for (const c of bylines.mismatches) {
    const mark = bylinesContain.mismatches.includes(c) ? ' ' : '*';
    console.log(
      ` ${mark}${c.id}: "${clip(norm(c.expected.byline), 50)}" → ${pithByline(c) === null ? '(none)' : `"${clip(norm(pithByline(c)), 50)}"`}`,
    );
  }
  console.log(`\npredictions: ${pithFile} and -readability.json`);

  const all = recallRows[0][1];
  return `readability-pages recall=${f3(all(cases))} recall_A=${f3(all(halves.A))} recall_B=${f3(all(halves.B))} recall_shown=${f3(recallRows[2][1](cases))} recall_shown_A=${f3(recallRows[2][1](halves.A))} recall_shown_B=${f3(recallRows[2][1](halves.B))} refused=${refused.length} readerable_refused=${readerableRefused.length} titles=${titles.agree}/${titles.of} titles_site_aside=${titlesAsideSite.agree}/${titlesAsideSite.of} bylines=${bylines.agree}/${bylines.of} bylines_contain=${bylinesContain.agree}/${bylinesContain.of} readability_recall=${f3(recallRows[3][1](cases))}`;
}

/** A separator, then a short name: "Story | Site", "Story - Site Name", "Site — Story" (either end). */
const SITE_TAIL = /^\s*(?:\||-|–|—|·|•|»|::)\s+\S(?:\S*\s+){0,7}\S*$/u;
const SITE_HEAD = /^\S(?:\S*\s+){0,7}\S*\s+(?:\||-|–|—|·|•|»|::)\s*$/u;

/** The expected title is `got` with a site's name before or after it, set off by a separator. */
export function withSiteTail(want: string, got: string): boolean {
  if (want.startsWith(got)) return SITE_TAIL.test(want.slice(got.length));
  if (want.endsWith(got)) return SITE_HEAD.test(want.slice(0, want.length - got.length));
  return false;
}

/** Two texts clipped for one line each, starting a little before they first differ (two long
 * titles that differ near the end would otherwise print the same). */
function aroundDifference(a: string, b: string, max = 60): [string, string] {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = at > max - 20 ? at - 20 : 0;
  const cut = (text: string) => (from ? `…${clip(text.slice(from), max)}` : clip(text, max));
  return [cut(a), cut(b)];
}

/** Pages Pith reads with recall under LISTED_BELOW, lowest first: the first N with their first
 * missing blocks and the rule that dropped each, the rest by name. */
function printLosses(cases: CaseResult[], worst: number, halfA: CaseResult[]): void {
  const low = cases
    .filter((c) => c.pith.ok && c.recall !== null && c.recall < LISTED_BELOW)
    .sort((a, b) => a.recall! - b.recall!);
  console.log(
    `\n${low.length} pages Pith reads have recall < ${LISTED_BELOW} (refused pages are listed below); the worst ${Math.min(worst, low.length)} with what they lost:`,
  );
  for (const c of low.slice(0, worst)) {
    if (!c.pith.ok) continue;
    const blocks = firstMissing(missingBlocks(c.expectedBlocks, c.pith.text));
    console.log(
      `  ${f3(c.recall!)}  ${halfA.includes(c) ? 'A' : 'B'}  ${c.id}   (raw Readability ${f3(c.rawRecall ?? 0)})`,
    );
    if (blocks.length === 0) console.log('        no block mostly missing: words lost here and there');
    for (const block of blocks) {
      const reason = attributeBlock(block.text, c.pith.article.removed);
      console.log(
        `        missing (${block.words} words): "${clip(block.text, 80)}"\n          ← ${reason ? `removed by: ${reason}` : 'not in removed list (lost in Readability or later)'}`,
      );
    }
  }
  const rest = low.slice(worst);
  if (rest.length)
    console.log(`  also under ${LISTED_BELOW}: ${rest.map((c) => `${c.id} ${f3(c.recall!)}`).join(', ')}`);
}

/** The first missing blocks in page order, passing over blocks of one or two words (a "Share",
 * a date) when longer ones are missing too. */
function firstMissing(blocks: MissingBlock[]): MissingBlock[] {
  const long = blocks.filter((b) => b.words >= 3);
  return (long.length ? long : blocks).slice(0, BLOCKS_SHOWN);
}
