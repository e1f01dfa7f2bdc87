/** trafilatura's counting rule: snippets found or not in the text, summed over pages. */
import { describe, expect, it } from 'vitest';
import { countSnippets, scoreCounts, sumCounts } from '../bench/trafilatura-score';

const page = {
  with: ['The council voted  on Tuesday', 'to build a new bridge.', 'Work starts in May.'],
  without: ['Subscribe to our newsletter', 'Related articles', 'Cookie settings'],
};

describe('trafilatura scoring', () => {
  it('counts a with-snippet found as TP, else FN; a without-snippet found as FP, else TN', () => {
    // Line breaks and double spaces are white space like any other.
    const text = 'The council\nvoted on Tuesday to build a new bridge.\n\nRelated articles\nMore news';
    expect(countSnippets(text, page)).toEqual({ tp: 2, fn: 1, fp: 1, tn: 2 });
  });

  it('keeps nothing from an empty text: every with-snippet missed, every without-snippet avoided', () => {
    expect(countSnippets('', page)).toEqual({ tp: 0, fn: 3, fp: 0, tn: 3 });
  });

  it('is case-sensitive and needs the whole snippet', () => {
    expect(countSnippets('the council voted on Tuesday. Work starts in', page)).toEqual({ tp: 0, fn: 3, fp: 0, tn: 3 });
  });

  it('sums counts over pages, then takes P, R and F of the sums, and the leaked share', () => {
    const total = sumCounts([
      { tp: 2, fn: 1, fp: 1, tn: 2 },
      { tp: 3, fn: 0, fp: 0, tn: 3 },
      { tp: 0, fn: 3, fp: 0, tn: 3 },
    ]);
    expect(total).toEqual({ tp: 5, fn: 4, fp: 1, tn: 8 });
    const score = scoreCounts(total);
    expect(score.precision).toBeCloseTo(5 / 6, 10);
    expect(score.recall).toBeCloseTo(5 / 9, 10);
    expect(score.f).toBeCloseTo(10 / 15, 10);
    expect([score.leaked, score.withoutTotal]).toEqual([1, 9]);
  });
});
