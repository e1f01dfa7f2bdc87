/** The line publishers add about how the summary was made ("…generated with the assistance of
 * large language models…", Gannett's "…created with the assistance of Artificial Intelligence…"),
 * shown under the takeaways box. */
import type { RemovedBlock } from '../article';
import { findTextNodes, snippet, textOf } from '../dom';

export const TAKEAWAYS_NOTE =
  /\b(generated|created|written|produced|drafted)\b.{0,80}\b(assistance|help|using|with|by)\b.{0,60}\b(AI|artificial intelligence|large language models?|LLMs?|machine learning)\b/i;

/** The note speaks of the summary ("The Key Points at the top of this article were…"); a sentence
 * of a story about AI ("the images were created by artists using AI") does not. */
const SPEAKS_OF_SUMMARY =
  /\b(summar(y|ies|ised|ized)|takeaways?|key points|points|bullets?|highlights|this (article|story|report))\b/i;

const MAX_NOTE_CHARS = 600;

function isNote(text: string): boolean {
  return text.length < MAX_NOTE_CHARS && TAKEAWAYS_NOTE.test(text) && SPEAKS_OF_SUMMARY.test(text);
}

/** Climbs from a text node to the outermost element whose text is that same text. */
export function elementHoldingOnly(node: Text): Element | null {
  let el = node.parentElement;
  if (!el) return null;
  const text = textOf(node);
  while (el.parentElement && el.parentElement.tagName !== 'BODY' && textOf(el.parentElement) === text) {
    el = el.parentElement;
  }
  return el;
}

/** The note in `root`, if any. Look for it before taking the box out: it may sit inside. */
export function findNote(root: Element): Element | null {
  for (const node of findTextNodes(root, TAKEAWAYS_NOTE)) {
    const el = elementHoldingOnly(node);
    if (el && isNote(textOf(el))) return el;
  }
  // The sentence may be split over several inline elements; look at short paragraphs too.
  return Array.from(root.querySelectorAll('p, small, aside')).find((p) => isNote(textOf(p))) ?? null;
}

/** Takes the note found by findNote out of the page, and returns its text. */
export function takeNote(noteEl: Element | null, removed: RemovedBlock[]): string | null {
  if (!noteEl) return null;
  const note = textOf(noteEl);
  noteEl.remove();
  removed.push({
    reason: 'takeaways disclosure (shown as a note under the box)',
    text: snippet(note),
    shownElsewhere: true,
  });
  return note;
}
