/** The Zyte article-extraction benchmark's scoring rule (see its README), in TypeScript:
 * 4-token shingles of `\w+` tokens, as multisets; per-page precision and recall; each averaged over
 * the pages where it is defined; F1 is the harmonic mean of the two averages. */

export interface PageScore {
  precision: number | null;
  recall: number | null;
  /** Shingles the prediction has that the truth does not, and the reverse (raw counts). */
  extra: number;
  missing: number;
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
}

// Python's Unicode `\w` (what the benchmark uses): letters, numbers and the underscore. JavaScript's `\w`
// is ASCII-only, even with the u flag.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Runs of 4 consecutive tokens, counted; a text of fewer than 4 tokens is one shingle. */
export function shingles(text: string, size = 4): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (words.length === 0) return counts;
  if (words.length < size) add(words.join(' '));
  for (let i = 0; i + size <= words.length; i++) add(words.slice(i, i + size).join(' '));
  return counts;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let predictedTotal = 0;
  let expectedTotal = 0;
  for (const [key, count] of predicted) {
    predictedTotal += count;
    tp += Math.min(count, expected.get(key) ?? 0);
  }
  for (const count of expected.values()) expectedTotal += count;
  const fp = predictedTotal - tp;
  const fn = expectedTotal - tp;
  // The benchmark normalises TP, FP and FN to sum to 1; the ratios below are unchanged by that.
  const ratio = (num: number, other: number): number | null => {
    if (num + other === 0) return null;
    return num / (num + other);
  };
  const bothEmpty = fp === 0 && fn === 0;
  return {
    precision: bothEmpty ? 1 : (ratio(tp, fp) ?? (tp === 0 && fp === 0 ? null : 0)),
    recall: bothEmpty ? 1 : (ratio(tp, fn) ?? (tp === 0 && fn === 0 ? null : 0)),
    extra: fp,
    missing: fn,
  };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function scoreAll(pages: PageScore[]): Score {
  const precision = mean(pages.map((p) => p.precision).filter((v): v is number => v !== null));
  const recall = mean(pages.map((p) => p.recall).filter((v): v is number => v !== null));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}

/** Scores predictions `{id: text}` against the truth `{id: text}`; a missing prediction counts as empty. */
export function scorePredictions(
  truth: Record<string, string>,
  predictions: Record<string, string>,
): { score: Score; pages: Map<string, PageScore> } {
  const pages = new Map<string, PageScore>();
  for (const [id, text] of Object.entries(truth)) pages.set(id, scorePage(text, predictions[id] ?? ''));
  return { score: scoreAll([...pages.values()]), pages };
}
