import { describe, expect, it } from 'vitest';
import { withSiteTail } from '../bench/sets/readability-pages';

describe("the bench's title agreement with a site name aside", () => {
  it('counts the expected title as the same when it only adds a separated site name', () => {
    expect(withSiteTail('How to Build a Terrarium | eHow', 'How to Build a Terrarium')).toBe(true);
    expect(withSiteTail('Mozilla - Wikipedia', 'Mozilla')).toBe(true);
    expect(withSiteTail('Yahoo News — Storm hits the coast', 'Storm hits the coast')).toBe(true);
  });

  it('does not when the rest is no separated name: more words of the title, or a long sentence', () => {
    expect(withSiteTail('How to Build a Terrarium at home', 'How to Build a Terrarium')).toBe(false);
    expect(withSiteTail('Rates rise - and the markets fall again as traders fear what comes next', 'Rates rise')).toBe(
      false,
    );
    expect(withSiteTail('A different title | Site', 'Another title')).toBe(false);
  });
});
