/** The words of a sentence, for comparing sentences with each other: lower-cased, by the
 * platform's word segmentation (`Intl.Segmenter`, 'word' granularity), which also splits Chinese,
 * Japanese and Thai, written without spaces. */

const FALLBACK_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

export type WordSplitter = (text: string) => string[];

export function wordSplitter(lang: string | null): WordSplitter {
  let segmenter: Intl.Segmenter | null = null;
  if (typeof Intl.Segmenter === 'function') {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
  }
  const locale = lang || undefined;
  const lower = (word: string) => {
    try {
      return word.toLocaleLowerCase(locale);
    } catch {
      return word.toLowerCase();
    }
  };
  if (!segmenter) return (text) => (text.match(FALLBACK_WORD) ?? []).map(lower);
  const words = segmenter;
  return (text) => {
    const out: string[] = [];
    for (const segment of words.segment(text)) if (segment.isWordLike) out.push(lower(segment.segment));
    return out;
  };
}
