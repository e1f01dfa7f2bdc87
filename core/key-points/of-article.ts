/** An article's key points as core knows them: the publisher's when it wrote some, else Pith's. */
import type { KeyPoints, Takeaways } from '../article';
import { pickKeyPoints } from './pick';

export function keyPointsOf(takeaways: Takeaways | null, text: string, lang: string | null): KeyPoints | null {
  if (takeaways) return { method: 'publisher', items: takeaways.items };
  const items = pickKeyPoints(text, lang);
  return items.length ? { method: 'extractive', items } : null;
}
