/** Word count and reading time. Most scripts put spaces between words (Korean too: its words are
 * runs of syllables between spaces), and there a word is a run of letters and digits. Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese write no spaces: their runs are split into words by the
 * platform's dictionary-based word segmentation (`Intl.Segmenter`, 'word' granularity, the words
 * it marks isWordLike), or counted a character a word where it is missing. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
/** A run of a script written without spaces ("ー" and "々" belong to Japanese words). */
const SPACELESS_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]+/gu;
const WORDS_PER_MINUTE = 230;

function segmenterFor(lang: string | null | undefined): Intl.Segmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'word' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'word' }); // a malformed lang attribute
  }
}

function countSpaceless(run: string, segmenter: Intl.Segmenter | null): number {
  if (!segmenter) return Array.from(run).length;
  let words = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) words++;
  return words;
}

/** `lang`: the page's language (a BCP 47 tag), which guides the segmentation of spaceless scripts. */
export function countWords(text: string, lang?: string | null): number {
  let words = 0;
  let segmenter: Intl.Segmenter | null | undefined;
  const spaced = text.replace(SPACELESS_RUN, (run) => {
    words += countSpaceless(run, (segmenter ??= segmenterFor(lang)));
    return ' ';
  });
  return words + (spaced.match(WORD)?.length ?? 0);
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
