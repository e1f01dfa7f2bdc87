/** The readability-pages measure: the share of the expected words kept, and the blocks lost. */
import { describe, expect, it } from 'vitest';
import { missingBlocks, wordRecall } from '../bench/word-recall';

describe('word recall', () => {
  it('is the share of the expected words the text has, counted as a multiset of Unicode \\w+ tokens', () => {
    expect(wordRecall('Ein Straße über Brücken', 'Straße — über, Brücken!')).toBe(0.75);
    // "the" is expected twice and found once: one of the four words is missing.
    expect(wordRecall('the cat the dog', 'the cat and a dog')).toBe(0.75);
    expect(wordRecall('same words', 'words same')).toBe(1);
    expect(wordRecall('some words', '')).toBe(0);
  });

  it('has no value when nothing is expected', () => {
    expect(wordRecall('', 'anything')).toBeNull();
    expect(wordRecall(' — ', 'anything')).toBeNull();
  });
});

describe('missing blocks', () => {
  const kept = 'The mayor opened the new bridge on Monday morning. Traffic will flow from June.';

  it('finds the blocks most of whose words the text lacks, in their order', () => {
    const blocks = [
      'The mayor opened the new bridge on Monday morning.',
      'A photo of the bridge by the city',
      'Traffic will flow from June.',
      'Share this story',
    ];
    expect(missingBlocks(blocks, kept).map((b) => [b.text, b.words])).toEqual([
      ['A photo of the bridge by the city', 8],
      ['Share this story', 3],
    ]);
  });

  it('counts a block of common words as lost even when each word occurs elsewhere', () => {
    // Every word of this block is in `kept`, but never in this order.
    expect(missingBlocks(['the bridge opened on the new Monday'], kept)).toHaveLength(1);
  });

  it('does not list a block that is kept, or kept but for a word or two', () => {
    expect(missingBlocks(['The mayor opened the new bridge on Monday evening.', 'June.'], kept)).toEqual([]);
  });
});
