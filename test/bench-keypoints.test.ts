/** The key points bench's parts: the publisher's box hidden from the text, ROUGE by js-rouge with
 * words split as core splits them. */
import { describe, expect, it } from 'vitest';
import { hidePublisherBox } from '../bench/keypoints/hide-box';
import { meanRouge, rouge } from '../bench/keypoints/rouge';

describe('hidePublisherBox', () => {
  it('drops paragraphs that hold a publisher item, keeps the rest', () => {
    const text =
      'The council voted on Tuesday to raise water rates.\n\n- Rates rise 9% from July for every household.\n\nThe mayor abstained from the vote.';
    expect(hidePublisherBox(text, ['Rates rise 9% from July for every household.'])).toBe(
      'The council voted on Tuesday to raise water rates.\n\nThe mayor abstained from the vote.',
    );
  });
});

describe('rouge', () => {
  it('1 for the same points, 0 for none in common, in between otherwise', () => {
    const ref = ['The council raised water rates.', 'Bills rise in July.'];
    expect(rouge(ref, ref, 'en')).toEqual({ r1: 1, r2: 1, rl: 1 });
    expect(rouge(['Snow fell overnight.'], ref, 'en')).toEqual({ r1: 0, r2: 0, rl: 0 });
    const some = rouge(['The council raised taxes.'], ref, 'en');
    expect(some.r1).toBeGreaterThan(0);
    expect(some.r1).toBeLessThan(1);
    expect(some.rl).toBeGreaterThan(0);
  });

  it('is case-blind, and scores Japanese by words', () => {
    expect(rouge(['THE COUNCIL RAISED WATER RATES.'], ['The council raised water rates.'], 'en').r1).toBe(1);
    const ja = rouge(['東京都は新しい計画を発表した。'], ['東京都は計画を発表した。'], 'ja');
    expect(ja.r1).toBeGreaterThan(0.5);
    expect(ja.r1).toBeLessThan(1);
  });

  it('an empty list scores 0; the mean is per page', () => {
    expect(rouge([], ['A point.'], 'en')).toEqual({ r1: 0, r2: 0, rl: 0 });
    expect(
      meanRouge([
        { r1: 1, r2: 0.5, rl: 1 },
        { r1: 0, r2: 0.5, rl: 0 },
      ]),
    ).toEqual({ r1: 0.5, r2: 0.5, rl: 0.5 });
  });
});
