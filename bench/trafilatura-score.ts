/** trafilatura's evaluation rule (see the set's README): with white space normalised, a `with`
 * snippet found in the text is a true positive (else a false negative), a `without` snippet found
 * in it a false positive (else a true negative); the four counts are summed over pages. */

export interface SnippetCase {
  with: string[];
  without: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SnippetScore {
  precision: number;
  recall: number;
  f: number;
  /** `without` snippets found in the text, of all `without` snippets. */
  leaked: number;
  withoutTotal: number;
}

export const normalizeWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One page's counts; an empty text keeps nothing (all `with` are missed, all `without` avoided). */
export function countSnippets(text: string, page: SnippetCase): Counts {
  const body = normalizeWhitespace(text);
  const found = (snippet: string) => body.length > 0 && body.includes(normalizeWhitespace(snippet));
  const kept = page.with.filter(found).length;
  const leaked = page.without.filter(found).length;
  return { tp: kept, fn: page.with.length - kept, fp: leaked, tn: page.without.length - leaked };
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn, tn: sum.tn + c.tn }), {
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
  });
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);

export function scoreCounts({ tp, fp, fn, tn }: Counts): SnippetScore {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f: ratio(2 * tp, 2 * tp + fp + fn),
    leaked: fp,
    withoutTotal: fp + tn,
  };
}
