// One thread of cli/pool.ts: loads the task module (TypeScript, through tsx's loader: a worker
// does not inherit `--import tsx` from its parent on Node 20) and runs one input per message.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const task = (await import(workerData.module))[workerData.exportName];
parentPort.on('message', async ({ index, input }) => {
  try {
    parentPort.postMessage({ index, ok: true, value: await task(input) });
  } catch (error) {
    parentPort.postMessage({ index, ok: false, error: error?.message ?? String(error) });
  }
});
