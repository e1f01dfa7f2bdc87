/** Naming the Pith rule that dropped a lost block, from the article's `removed` list. */
import { describe, expect, it } from 'vitest';
import { attributeBlock } from '../bench/attribute';

const removed = [
  {
    reason: 'newsletter signup',
    text: 'Sign up for our weekly newsletter and get the best stories in your inbox every…',
  },
  { reason: 'share buttons', text: 'Share' },
  { reason: 'read-more insert', text: 'Storm hit the co…' },
  { reason: 'picture caption or credit', text: 'The new bridge at dusk (Photo: City of Springfield)' },
];

describe('rule attribution', () => {
  it('names the removal whose snippet starts the lost block (snippet cut at 80 characters, half a word at its end)', () => {
    const block = 'Sign up for our weekly newsletter and get the best stories in your inbox every Friday morning.';
    expect(attributeBlock(block, removed)).toBe('newsletter signup');
    // "co…" is "coast" cut short: the words before it still match.
    expect(attributeBlock('Storm hit the coast on Monday', removed)).toBe('read-more insert');
  });

  it('names the removal whose snippet holds the lost block (the block was a part of what was removed)', () => {
    expect(attributeBlock('The new bridge at dusk', removed)).toBe('picture caption or credit');
  });

  it('ignores case and punctuation differences between the two texts', () => {
    expect(attributeBlock('the new bridge at dusk — photo: city of Springfield', removed)).toBe(
      'picture caption or credit',
    );
  });

  it('matches a one-word removal only at the start of the block, not anywhere in it', () => {
    expect(attributeBlock('Share', removed)).toBe('share buttons');
    expect(attributeBlock('Readers share their stories of the flood', removed)).toBeNull();
  });

  it('gives null when no removal matches (the text was lost elsewhere)', () => {
    expect(attributeBlock('The council will vote on the budget next week.', removed)).toBeNull();
    expect(attributeBlock('Anything at all', [])).toBeNull();
  });
});
