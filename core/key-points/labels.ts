/** The English words that say who made generated key points in the copied text and Markdown (one
 * object, so they move to translations in one step). The publisher's keep their "Key takeaways". */
import type { KeyPoints } from '../article';

export const KEY_POINTS_COPY_LABELS = {
  extractive: { text: 'Key points (picked by Pith):', markdown: 'Key points (picked by Pith)' },
  summarizer: { text: 'Key points (summarized by Chrome):', markdown: 'Key points (summarized by Chrome)' },
} as const;

/** Key points made on the device, by Chrome or by Pith. */
export type GeneratedKeyPoints = KeyPoints & { method: 'extractive' | 'summarizer' };

/** The key points a copy shows under their own heading: generated ones only (the publisher's are
 * the takeaways, shown as such), and none when the user turned generated key points off. */
export function generatedKeyPoints(keyPoints: KeyPoints | null | undefined, shown = true): GeneratedKeyPoints | null {
  if (!shown || !keyPoints || keyPoints.method === 'publisher' || keyPoints.items.length === 0) return null;
  return keyPoints as GeneratedKeyPoints;
}
