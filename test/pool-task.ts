/** A task module for test/cli-pool.test.ts: waits as long as it is told, then echoes; throws on "bad". */
import { threadId } from 'node:worker_threads';

export async function echoAfter({
  name,
  ms,
}: {
  name: string;
  ms: number;
}): Promise<{ name: string; threadId: number }> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  if (name === 'bad') throw new Error('a bad input');
  return { name, threadId };
}
