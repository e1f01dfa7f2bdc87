/** The worker pool behind `--jobs`: results in input order whatever order they finish in, one
 * failed input fails only its own slot, and one job runs on this thread. */
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { mapInWorkers, TaskError } from '../cli/pool';

const TASKS = new URL('./pool-task.ts', import.meta.url);
// The first input is the slowest: on two threads, the second and third finish before it.
const INPUTS = [
  { name: 'a', ms: 400 },
  { name: 'b', ms: 10 },
  { name: 'bad', ms: 10 },
  { name: 'c', ms: 10 },
];

describe('mapInWorkers (the --jobs pool)', () => {
  it('on two threads: hands results back in input order, a throwing input as a TaskError in its place', async () => {
    const seen: string[] = [];
    const results = await mapInWorkers<(typeof INPUTS)[number], { name: string; threadId: number }>(
      TASKS,
      'echoAfter',
      INPUTS,
      2,
      (result) => seen.push(result instanceof TaskError ? `error: ${result.message}` : result.name),
    );
    expect(seen).toEqual(['a', 'b', 'error: a bad input', 'c']);
    expect(results.map((r) => (r instanceof TaskError ? 'error' : r.name))).toEqual(['a', 'b', 'error', 'c']);
    const threads = new Set(results.flatMap((r) => (r instanceof TaskError ? [] : [r.threadId])));
    expect(threads.size).toBe(2);
    expect(threads.has(threadId)).toBe(false);
  });

  it('with one job: runs every input on this thread, in order', async () => {
    const results = await mapInWorkers<(typeof INPUTS)[number], { name: string; threadId: number }>(
      TASKS,
      'echoAfter',
      INPUTS,
      1,
    );
    expect(
      results.map((r) => (r instanceof TaskError ? `error: ${r.message}` : [r.name, r.threadId === threadId])),
    ).toEqual([['a', true], ['b', true], 'error: a bad input', ['c', true]]);
  });
});
