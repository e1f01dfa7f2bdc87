/** Two halves of a set, split by a stable hash of each page's id, so that a change can be checked
 * on both: a rule that helps one half and hurts the other was fitted to pages, not to the web. */
import { createHash } from 'node:crypto';

export type Half = 'A' | 'B';
export const HALVES: Half[] = ['A', 'B'];

/** Half A when the first byte of the id's SHA-1 is even, else half B. */
export function halfOf(id: string): Half {
  return createHash('sha1').update(id, 'utf8').digest()[0] % 2 === 0 ? 'A' : 'B';
}

export function splitHalves<T>(items: T[], idOf: (item: T) => string): Record<Half, T[]> {
  const halves: Record<Half, T[]> = { A: [], B: [] };
  for (const item of items) halves[halfOf(idOf(item))].push(item);
  return halves;
}
