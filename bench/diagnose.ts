/** Says in words what went wrong on a page: the first block of extra text, the first block missed. */
import { shingles } from './score';

function blocks(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** The first block of `text` whose shingles are mostly absent from `other`. */
function firstForeignBlock(text: string, other: string): string | null {
  const reference = shingles(other);
  for (const block of blocks(text)) {
    const own = shingles(block);
    let total = 0;
    let foreign = 0;
    for (const [key, count] of own) {
      total += count;
      if (!reference.has(key)) foreign += count;
    }
    if (total > 0 && foreign / total > 0.6) return block;
  }
  return null;
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function diagnose(truth: string, prediction: string): string {
  if (!prediction.trim()) return 'no text extracted';
  const extra = firstForeignBlock(prediction, truth);
  const missing = firstForeignBlock(truth, prediction);
  const parts = [];
  if (extra) parts.push(`extra: "${clip(extra)}"`);
  if (missing) parts.push(`missing: "${clip(missing)}"`);
  return parts.join('; ') || 'small differences spread over the text';
}
