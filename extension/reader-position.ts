/** Where the reader was in each article, for this browser session only (`session:readerPositions`,
 * memory only): a share of the article's height (0–1), so a new font size keeps the place. */
import { storage } from 'wxt/utils/storage';

/** Enough for a day's reading; the oldest entries go first. */
const MAX_ENTRIES = 100;

export const readerPositionsItem = storage.defineItem<unknown>('session:readerPositions', { fallback: {} });

type Positions = Record<string, number>;

export function validPositions(value: unknown): Positions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const positions: Positions = {};
  for (const [url, share] of Object.entries(value)) {
    if (typeof share === 'number' && share >= 0 && share <= 1) positions[url] = share;
  }
  return positions;
}

export async function readPosition(url: string): Promise<number | null> {
  const positions = validPositions(await readerPositionsItem.getValue().catch(() => ({})));
  return positions[url] ?? null;
}

export async function savePosition(url: string, share: number): Promise<void> {
  const positions = validPositions(await readerPositionsItem.getValue().catch(() => ({})));
  delete positions[url]; // re-inserted last: the newest
  positions[url] = Math.min(1, Math.max(0, share));
  const urls = Object.keys(positions);
  for (const old of urls.slice(0, Math.max(0, urls.length - MAX_ENTRIES))) delete positions[old];
  // Only a convenience: a full session storage must not disturb reading.
  await readerPositionsItem.setValue(positions).catch(() => undefined);
}
