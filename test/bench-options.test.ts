/** The bench's command line. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseOptions, zyteLabel } from '../bench/options';

const ROOT = '/repo';

describe('bench options', () => {
  it('runs every set, with timing and the 10 worst pages, by default', () => {
    const options = parseOptions([], ROOT);
    expect(options.sets).toEqual(['zyte-dev', 'trafilatura-dev', 'readability-pages']);
    expect(options.dirs['trafilatura-dev']).toBe('/shared/bench/trafilatura-dev');
    expect([options.timing, options.worst, options.outDir]).toEqual([true, 10, '/repo/bench-results']);
    // Untimed work on every core; timed pages one at a time unless --jobs says otherwise.
    expect([options.jobs, options.timedJobs]).toEqual([availableParallelism(), 1]);
    expect(parseOptions(['--jobs', '3'], ROOT)).toMatchObject({ jobs: 3, timedJobs: 3 });
  });

  it('takes sets repeated or as a comma list, in the bench’s own order', () => {
    expect(parseOptions(['--set', 'readability-pages', '--set', 'zyte-dev'], ROOT).sets).toEqual([
      'zyte-dev',
      'readability-pages',
    ]);
    expect(parseOptions(['--set', 'trafilatura-dev,zyte-dev'], ROOT).sets).toEqual(['zyte-dev', 'trafilatura-dev']);
  });

  it('runs only the given Zyte-layout folder for --data, labelled by its name', () => {
    const options = parseOptions(['--data', 'my-pages', '--no-timing', '--worst', '3'], ROOT);
    expect(options.sets).toEqual(['zyte-dev']);
    expect(options.dirs['zyte-dev']).toBe('/repo/my-pages');
    expect([options.timing, options.worst]).toEqual([false, 3]);
    expect(zyteLabel(options.dirs['zyte-dev'], ROOT)).toBe('my-pages');
    expect(zyteLabel(parseOptions([], ROOT).dirs['zyte-dev'], ROOT)).toBe('zyte');
  });

  it('refuses an unknown set or option, or a missing value', () => {
    expect(() => parseOptions(['--set', 'zyte'], ROOT)).toThrow(/unknown set "zyte"/);
    expect(() => parseOptions(['--fast'], ROOT)).toThrow(/unknown option/);
    expect(() => parseOptions(['--worst'], ROOT)).toThrow(/needs a value/);
    expect(() => parseOptions(['--worst', 'x'], ROOT)).toThrow(/whole number/);
    expect(() => parseOptions(['--jobs', '0'], ROOT)).toThrow(/--jobs needs a whole number of at least 1/);
  });
});
