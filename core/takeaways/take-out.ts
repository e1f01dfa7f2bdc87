/** Taking a found summary out of the page: it is shown in its own box, so the body must not show
 * it a second time, and the "removed" report says where it went. */
import type { RemovedBlock, Takeaways } from '../article';
import { snippet } from '../dom';
import { findNote, takeNote } from './note';

export interface FoundSummary {
  heading: string;
  items: string[];
  /** The elements to take out of the page. */
  elements: Element[];
  /** Why, for the "removed" report. */
  reason: string;
}

export function takeOut(root: Element, found: FoundSummary, removed: RemovedBlock[]): Takeaways {
  const noteEl = findNote(root); // before the box goes: the note may sit inside it
  for (const el of found.elements) el.remove();
  removed.push({ reason: found.reason, text: snippet(found.items.join(' ')), shownElsewhere: true });
  return { heading: found.heading, items: found.items, note: takeNote(noteEl, removed) };
}
