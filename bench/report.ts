/** Small helpers for the bench's printed report and its written predictions. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Half } from './halves';

/** A ratio as the report prints it: three decimals. */
export const f3 = (n: number) => n.toFixed(3);

/** Shortens a text to one line of at most `max` characters. */
export function clip(text: string, max = 90): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A table: the first column padded to fit its longest cell, the others to fit theirs, right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n');
}

export function heading(title: string): void {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(3, 100 - title.length))}`);
}

/** "all 121, half A 60, half B 61": the column labels of a whole-set-and-halves table. */
export function scopeLabels(sizes: Record<'all' | Half, number>): string[] {
  return [`all (${sizes.all})`, `half A (${sizes.A})`, `half B (${sizes.B})`];
}

/** Writes `bench-results/<set>-<extractor>.json`; returns the path. */
export function writePredictions(
  outDir: string,
  set: string,
  extractor: 'pith' | 'readability',
  data: unknown,
): string {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${set}-${extractor}.json`);
  writeFileSync(path, JSON.stringify(data, null, 1));
  return path;
}
