/** The benchmark's scoring rule, in TypeScript, checked against the benchmark's own published figures. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorePage, scorePredictions, shingles } from '../bench/score';

const ZYTE = resolve(__dirname, '../../shared/bench/zyte-dev');

describe('benchmark scoring', () => {
  it('makes 4-token shingles of Unicode words, and one shingle of a short text', () => {
    expect([...shingles('Ein Straße, über 3 Brücken!').keys()]).toEqual(['Ein Straße über 3', 'Straße über 3 Brücken']);
    expect([...shingles('só isso').keys()]).toEqual(['só isso']);
  });

  it('scores a page by shingle precision and recall, 1 and 1 for identical texts', () => {
    expect(scorePage('a b c d e', 'a b c d e')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('a b c d e', 'a b c d')).toMatchObject({ precision: 1, recall: 0.5 });
    expect(scorePage('a b c d', '')).toMatchObject({ precision: null, recall: 0 });
  });

  it.runIf(existsSync(ZYTE))(
    'reproduces the published Readability.js 0.6.0 figures on zyte-dev (F1 0.954, P 0.927, R 0.982)',
    () => {
      const truth = JSON.parse(readFileSync(`${ZYTE}/ground-truth.json`, 'utf8')) as Record<
        string,
        { articleBody: string }
      >;
      const baseline = JSON.parse(readFileSync(`${ZYTE}/baselines/readability_js.json`, 'utf8')).output as Record<
        string,
        { articleBody: string }
      >;
      const text = (o: Record<string, { articleBody: string }>) =>
        Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.articleBody]));
      const { score } = scorePredictions(text(truth), text(baseline));
      expect(score.f1.toFixed(3)).toBe('0.954');
      expect(score.precision.toFixed(3)).toBe('0.927');
      expect(score.recall.toFixed(3)).toBe('0.982');
    },
  );
});
