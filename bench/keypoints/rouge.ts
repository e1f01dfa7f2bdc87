/** ROUGE-1, ROUGE-2 and ROUGE-L (F-measure) of a list of key points against the publisher's,
 * by the js-rouge package. Words are split by the platform (`Intl.Segmenter`, as core splits them,
 * so Japanese and Chinese are scored by words, not by whole lines) and lower-cased; ROUGE-L is
 * the summary-level LCS with each point as one sentence. */
import { l, n } from 'js-rouge';
import { wordSplitter } from '../../core/key-points/words';

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

export function rouge(candidate: string[], reference: string[], lang: string | null): Rouge {
  const tokenizer = wordSplitter(lang);
  const cand = candidate.join('\n');
  const ref = reference.join('\n');
  if (!cand.trim() || !ref.trim()) return { r1: 0, r2: 0, rl: 0 };
  const segmenter = (text: string) => text.split('\n').filter((line) => tokenizer(line).length > 0);
  const safe = (score: () => number) => {
    const value = score();
    return Number.isFinite(value) ? value : 0;
  };
  return {
    r1: safe(() => n(cand, ref, { n: 1, tokenizer })),
    r2: safe(() => n(cand, ref, { n: 2, tokenizer })),
    rl: safe(() => l(cand, ref, { tokenizer, segmenter })),
  };
}

export function meanRouge(scores: Rouge[]): Rouge {
  const mean = (pick: (s: Rouge) => number) =>
    scores.length ? scores.reduce((sum, s) => sum + pick(s), 0) / scores.length : 0;
  return { r1: mean((s) => s.r1), r2: mean((s) => s.r2), rl: mean((s) => s.rl) };
}
