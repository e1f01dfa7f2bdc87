/** The pure parts of Listen: what is read (one block at a time, in reading order), stepping through
 * it, and which of the browser's voices speaks the article's language. */

/** What a reader hears: the title, the takeaways, then each leaf block of the body. */
const READ_ALOUD =
  '.article-title, .takeaways-list li, .article-body :is(p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, dt, dd, pre, td, th)';

export function readableBlocks(root: ParentNode): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(READ_ALOUD));
  const set = new Set(all);
  // A leaf only: a list item holding paragraphs is read as its paragraphs, not twice.
  return all.filter(
    (el) =>
      (el.textContent ?? '').trim() &&
      !Array.from(el.querySelectorAll('*')).some((child) => set.has(child as HTMLElement)),
  );
}

/** The block after (+1) or before (−1) `current`; null past the end. Before the first stays at the first. */
export function stepIndex(current: number, delta: 1 | -1, count: number): number | null {
  if (count === 0) return null;
  const next = current + delta;
  if (next >= count) return null;
  return Math.max(0, next);
}

export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** The voices for a language ("de", "de-AT"): same tag first, then same language; local (no
 * network) and the system's default first within each. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string | null): V[] {
  const wanted = (lang ?? '').toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0];
  const rank = (voice: V) => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    const match = tag === wanted ? 0 : tag.split('-')[0] === primary ? 1 : 2;
    return match * 4 + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
  };
  return voices.filter((voice) => primary && rank(voice) < 8).sort((a, b) => rank(a) - rank(b));
}
