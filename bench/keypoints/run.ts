/** `npm run bench:keypoints`: Pith's extractive key points against the publisher's own summary.
 *
 * On every page of the fixtures and the development sets (../shared/bench/*) where core's own
 * takeaway detection finds a publisher summary (a takeaways box, a summary list under the
 * headline, a schema.org abstract), the summary is hidden from the text, Pith's picker runs on
 * what is left, and its points are scored against the publisher's items with ROUGE-1/2/L
 * (js-rouge), next to Lead-3 (the text's first three sentences). Printed on all pages and on the
 * two halves (a hash of the page id), so a change that helps one half only shows.
 *
 * It also checks the promise made for every other page: each article without a publisher box gets
 * 3–5 extractive points, each a sentence found verbatim in its text; the pages that do not are
 * listed. `-- --set NAME` (repeatable: fixtures, zyte-dev, trafilatura-dev, readability-pages)
 * reads only those sets. The last line is machine-readable `key=value` pairs. */
import { resolve } from 'node:path';
import { closePage, parsePage } from '../../cli/parse-page';
import { extractArticle } from '../../core';
import { leadSentences, MAX_POINTS, MIN_POINTS, pickKeyPoints } from '../../core/key-points';
import { HALVES, halfOf, type Half } from '../halves';
import { clip, f3, heading, scopeLabels, table } from '../report';
import { hidePublisherBox } from './hide-box';
import { benchPages } from './pages';
import { meanRouge, rouge, type Rouge } from './rouge';

interface Scored {
  id: string;
  pith: Rouge;
  lead3: Rouge;
}

async function main() {
  const root = resolve(import.meta.dirname, '../..');
  // `-- --set fixtures --set zyte-dev`: only those sets (all by default).
  const sets = process.argv.slice(2).flatMap((arg, i, args) => (args[i - 1] === '--set' ? [arg] : []));
  const pages = benchPages(root, resolve(root, '../shared/bench')).filter(
    (page) => !sets.length || sets.includes(page.id.split('/')[0]),
  );
  const scored: Scored[] = [];
  const uncovered: string[] = [];
  let articles = 0;
  let withoutBox = 0;
  let refused = 0;

  for (const page of pages) {
    const dom = parsePage(await page.html(), page.url);
    let result;
    try {
      result = extractArticle(dom.window.document, page.url);
    } finally {
      closePage(dom);
    }
    if (!result.ok) {
      refused++;
      continue;
    }
    articles++;
    const { article } = result;
    if (article.takeaways) {
      const reference = article.takeaways.items;
      const text = hidePublisherBox(article.text, reference);
      scored.push({
        id: page.id,
        pith: rouge(pickKeyPoints(text, article.lang), reference, article.lang),
        lead3: rouge(leadSentences(text, article.lang), reference, article.lang),
      });
      continue;
    }
    withoutBox++;
    const items = article.keyPoints?.method === 'extractive' ? article.keyPoints.items : [];
    const missing = items.filter((item) => !article.text.includes(item));
    if (items.length < MIN_POINTS || items.length > MAX_POINTS || missing.length) {
      uncovered.push(
        `${page.id} (${items.length} points${missing.length ? `, ${missing.length} not in the text` : ''}; ${article.wordCount} words) ${clip(article.title, 60)}`,
      );
    }
  }

  const scopes: Record<'all' | Half, Scored[]> = { all: scored, A: [], B: [] };
  for (const s of scored) scopes[halfOf(s.id)].push(s);
  const sizes = { all: scopes.all.length, A: scopes.A.length, B: scopes.B.length };
  const cell = (r: Rouge) => `${f3(r.r1)} ${f3(r.r2)} ${f3(r.rl)}`;
  const row = (name: string, pick: (s: Scored) => Rouge) => [
    name,
    ...(['all', ...HALVES] as const).map((scope) => cell(meanRouge(scopes[scope].map(pick)))),
  ];
  const pith = meanRouge(scored.map((s) => s.pith));
  const lead3 = meanRouge(scored.map((s) => s.lead3));

  heading(`key points: ${scored.length} pages with a publisher summary, of ${pages.length} pages read`);
  console.log(
    "ROUGE-1 / ROUGE-2 / ROUGE-L F-measure against the publisher's items (mean per page; the box hidden from the text)\n",
  );
  console.log(
    table(
      ['method', ...scopeLabels(sizes).map((label) => `${label}: R1 R2 RL`)],
      [row('Pith (extractive)', (s) => s.pith), row('Lead-3', (s) => s.lead3)],
    ),
  );
  const bySet = new Map<string, number>();
  for (const s of scored) bySet.set(s.id.split('/')[0], (bySet.get(s.id.split('/')[0]) ?? 0) + 1);
  console.log(
    `\npages with a publisher summary by set: ${[...bySet].map(([set, count]) => `${set} ${count}`).join(', ')}`,
  );

  heading(
    `every other article: ${withoutBox - uncovered.length} of ${withoutBox} get ${MIN_POINTS}–${MAX_POINTS} extractive points found verbatim in the text`,
  );
  console.log(`(${articles} articles; ${refused} pages refused as not articles)`);
  for (const line of uncovered) console.log(`  ${line}`);

  console.log(
    `\nkeypoints pages=${scored.length} pith_r1=${f3(pith.r1)} pith_r2=${f3(pith.r2)} pith_rl=${f3(pith.rl)} lead3_r1=${f3(lead3.r1)} lead3_r2=${f3(lead3.r2)} lead3_rl=${f3(lead3.rl)} without_box=${withoutBox} covered=${withoutBox - uncovered.length}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
