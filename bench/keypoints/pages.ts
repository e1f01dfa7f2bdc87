/** Every page the key points bench reads: the fixtures and the three development sets, each with
 * a stable id (`set/page`) for the halves, and its HTML read only when its turn comes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readHtmlFile } from '../../cli/decode';
import { loadDataset } from '../dataset';
import { pageUrl } from '../sets/trafilatura';

export interface KeyPointsPage {
  /** "set/page", e.g. "zyte-dev/0a1b…" or "fixtures/www.cnbc.com--fed-holds-rates-key-points". */
  id: string;
  url: string;
  html: () => Promise<string>;
}

export function benchPages(root: string, sharedBench: string): KeyPointsPage[] {
  const pages: KeyPointsPage[] = [];
  const fixtures = join(root, 'fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    const dir = join(fixtures, name);
    if (!existsSync(join(dir, 'source.html'))) continue;
    pages.push({
      id: `fixtures/${name}`,
      url: readFileSync(join(dir, 'url.txt'), 'utf8').trim(),
      html: async () => readFileSync(join(dir, 'source.html'), 'utf8'),
    });
  }
  const zyte = join(sharedBench, 'zyte-dev');
  if (existsSync(zyte)) {
    for (const page of loadDataset(zyte).pages)
      pages.push({ id: `zyte-dev/${page.id}`, url: page.url, html: () => readHtmlFile(page.file) });
  }
  const trafilatura = join(sharedBench, 'trafilatura-dev');
  if (existsSync(trafilatura)) {
    const evaldata = JSON.parse(readFileSync(join(trafilatura, 'evaldata.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    for (const [id, page] of Object.entries(evaldata).sort(([a], [b]) => a.localeCompare(b))) {
      const file = join(trafilatura, 'pages', `${id}.html.gz`);
      if (existsSync(file))
        pages.push({
          id: `trafilatura-dev/${id}`,
          url: pageUrl({ id, url: page.url }),
          html: () => readHtmlFile(file),
        });
    }
  }
  const readability = join(sharedBench, 'readability-pages', 'pages');
  if (existsSync(readability)) {
    for (const id of readdirSync(readability).sort()) {
      const file = join(readability, id, 'source.html.gz');
      // Stored as UTF-8 whatever they declare, as Readability's own tests read them.
      if (existsSync(file))
        pages.push({
          id: `readability-pages/${id}`,
          url: 'http://fakehost/test/page.html',
          html: async () => gunzipSync(readFileSync(file)).toString('utf8'),
        });
    }
  }
  return pages;
}
