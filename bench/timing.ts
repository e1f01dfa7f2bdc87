/** Timing both extractors on one page: each runs several times, alternating, and the fastest run
 * counts (the usual way to keep a busy machine's noise out of a timing). */
import { performance } from 'node:perf_hooks';

export const ROUNDS = 5;
const collectGarbage = (globalThis as { gc?: () => void }).gc;

export function timed<T>(run: () => T): [T, number] {
  collectGarbage?.(); // so that one extractor's garbage is not collected on the other's clock
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `a` and `b` `rounds` times each (first round a then b, then alternating by `parity`);
 * returns the first results and the fastest time of each. */
export function timePair<A, B>(
  a: () => A,
  b: () => B,
  rounds: number,
  parity: number,
): { a: A; b: B; aMs: number; bMs: number } {
  const [aValue, aFirst] = timed(a);
  const [bValue, bFirst] = timed(b);
  let [aMs, bMs] = [aFirst, bFirst];
  for (let round = 1; round < rounds; round++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    if ((parity + round) % 2) {
      aMs = Math.min(aMs, timed(a)[1]);
      bMs = Math.min(bMs, timed(b)[1]);
    } else {
      bMs = Math.min(bMs, timed(b)[1]);
      aMs = Math.min(aMs, timed(a)[1]);
    }
  }
  return { a: aValue, b: bValue, aMs, bMs };
}
