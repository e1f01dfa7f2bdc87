/** The bench's two halves: a stable split by the page id's SHA-1, roughly even. */
import { describe, expect, it } from 'vitest';
import { halfOf, splitHalves } from '../bench/halves';

describe('bench halves', () => {
  it('puts a page by the parity of the first byte of the SHA-1 of its id', () => {
    // First bytes worked out with `printf %s ID | sha1sum`: 7a, c5, 7b, 1b.
    expect(halfOf('0001')).toBe('A');
    expect(halfOf('0002')).toBe('B');
    expect(halfOf('medicalnewstoday')).toBe('B');
    expect(halfOf('wikipedia-2')).toBe('B');
  });

  it('gives the same half every time, whatever else is in the set', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `case-${i}`);
    const once = splitHalves(ids, (id) => id);
    const again = splitHalves([...ids].reverse(), (id) => id);
    expect(new Set(again.A)).toEqual(new Set(once.A));
    expect(once.A.length + once.B.length).toBe(50);
    expect(once.A.filter((id) => once.B.includes(id))).toEqual([]);
  });

  it('splits many ids about evenly (509 of 1000 in half A, counted with Python’s hashlib)', () => {
    const { A, B } = splitHalves(
      Array.from({ length: 1000 }, (_, i) => `page-${i}`),
      (id) => id,
    );
    expect(A.length).toBe(509);
    expect(B.length).toBe(491);
  });
});
