/** A small ordered worker pool for batches of pages (the CLI on many files, the bench's sets):
 * `jobs` threads (node:worker_threads), each importing one module and calling one of its exports
 * per input. Results are handed back in input order whatever order they finish in, so output
 * printed from `onResult` is the same as a run on one thread. With one job (or one input) the
 * export is called on this thread instead: no worker start-up, and exactly today's behaviour. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The default `--jobs`: every core. */
export const defaultJobs = (): number => availableParallelism();

/** `--jobs N`'s value: a whole number of at least 1. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs needs a whole number of at least 1, not "${value}"`);
  return jobs;
}

type Task<I, O> = (input: I) => O | Promise<O>;

interface Reply<O> {
  index: number;
  ok: boolean;
  value?: O;
  error?: string;
}

/** A task that threw (or whose worker died) comes back as this error, in its place in the order. */
export class TaskError extends Error {}

/**
 * Calls `module[exportName](input)` for every input, on up to `jobs` threads; calls
 * `onResult(result, index)` in input order as soon as each result and all before it are in.
 * The export must take and return structured-cloneable data. Resolves with every result in
 * input order; a task that throws gives a TaskError in its slot (the others still run).
 */
export async function mapInWorkers<I, O>(
  module: URL,
  exportName: string,
  inputs: readonly I[],
  jobs: number,
  onResult: (result: O | TaskError, index: number) => void = () => {},
): Promise<Array<O | TaskError>> {
  const results: Array<O | TaskError> = new Array(inputs.length);
  let nextToEmit = 0;
  const settle = (index: number, result: O | TaskError) => {
    results[index] = result;
    while (nextToEmit < inputs.length && nextToEmit in results) onResult(results[nextToEmit], nextToEmit++);
  };

  const threads = Math.min(jobs, inputs.length);
  if (threads <= 1) {
    const task = (await import(module.href))[exportName] as Task<I, O>;
    for (const [index, input] of inputs.entries()) {
      try {
        settle(index, await task(input));
      } catch (error) {
        settle(index, new TaskError((error as Error)?.message ?? String(error)));
      }
    }
    return results;
  }

  let nextToSend = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./pool-worker.mjs', import.meta.url), {
        workerData: { module: module.href, exportName },
      });
      let current = -1;
      const sendNext = () => {
        if (nextToSend >= inputs.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = nextToSend++;
        worker.postMessage({ index: current, input: inputs[current] });
      };
      worker.on('message', (reply: Reply<O>) => {
        settle(reply.index, reply.ok ? reply.value! : new TaskError(reply.error));
        sendNext();
      });
      // A worker that dies (out of memory, a crash in a native module) fails its current task and
      // is replaced, so one bad page costs one result, never the batch.
      worker.on('error', (error) => {
        if (current >= 0) settle(current, new TaskError(error.message));
        current = -1;
        runWorker().then(resolve);
      });
      worker.on('online', sendNext);
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
