/** A benchmark folder in the Zyte layout: html/<id>.html.gz, ground-truth.json, optional baselines/*.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPage {
  id: string;
  url: string;
  file: string;
  truth: string;
}

export interface Dataset {
  dir: string;
  pages: BenchPage[];
  /** Published predictions from other extractors, by file name: {id: text}. */
  baselines: Record<string, Record<string, string>>;
}

type Predictions = Record<string, { articleBody?: string }>;

function texts(predictions: Predictions): Record<string, string> {
  return Object.fromEntries(Object.entries(predictions).map(([id, value]) => [id, value.articleBody ?? '']));
}

export function loadDataset(dir: string): Dataset {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages = Object.entries(truth)
    .map(([id, { articleBody, url }]) => ({ id, url, truth: articleBody, file: join(dir, 'html', `${id}.html.gz`) }))
    .filter((page) => existsSync(page.file))
    .sort((a, b) => a.id.localeCompare(b.id));
  const baselines: Dataset['baselines'] = {};
  const baselineDir = join(dir, 'baselines');
  if (existsSync(baselineDir)) {
    for (const file of readdirSync(baselineDir).filter((f) => f.endsWith('.json'))) {
      const parsed = JSON.parse(readFileSync(join(baselineDir, file), 'utf8'));
      baselines[file.replace(/\.json$/, '')] = texts(parsed.output ?? parsed);
    }
  }
  return { dir, pages, baselines };
}
