/** How much of an expected text a prediction keeps, in words: the share of the expected text's
 * `\w+` tokens (Unicode, counted as a multiset) that the prediction has; and which blocks of the
 * expected text it lost. */
import { tokens } from './score';

function counts(words: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** null when the expected text has no words (nothing to keep). */
export function wordRecall(expected: string, predicted: string): number | null {
  const want = counts(tokens(expected));
  const have = counts(tokens(predicted));
  let total = 0;
  let kept = 0;
  for (const [word, count] of want) {
    total += count;
    kept += Math.min(count, have.get(word) ?? 0);
  }
  return total === 0 ? null : kept / total;
}

export interface MissingBlock {
  text: string;
  words: number;
  /** Share of the block's words that the prediction does not have in the block's own order. */
  missing: number;
}

/** The blocks of which more than `threshold` of the words are missing. A word counts as kept when
 * it is part of a run of 4 consecutive block words (fewer for a shorter block) that the prediction
 * has in that order: so a lost paragraph of common words is not hidden by those words being
 * present elsewhere. */
export function missingBlocks(blocks: string[], predicted: string, threshold = 0.5): MissingBlock[] {
  const have = tokens(predicted);
  const runsOf = new Map<number, Set<string>>();
  const runs = (size: number) => {
    let set = runsOf.get(size);
    if (!set) {
      set = new Set();
      for (let i = 0; i + size <= have.length; i++) set.add(have.slice(i, i + size).join(' '));
      runsOf.set(size, set);
    }
    return set;
  };
  const result: MissingBlock[] = [];
  for (const text of blocks) {
    const words = tokens(text);
    if (words.length === 0) continue;
    const size = Math.min(4, words.length);
    const kept = new Array<boolean>(words.length).fill(false);
    for (let i = 0; i + size <= words.length; i++) {
      if (runs(size).has(words.slice(i, i + size).join(' '))) kept.fill(true, i, i + size);
    }
    const missing = kept.filter((k) => !k).length / words.length;
    if (missing > threshold) result.push({ text, words: words.length, missing });
  }
  return result;
}
