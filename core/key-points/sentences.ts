/** The article's text as sentences, each a verbatim piece of it. The platform splits them
 * (`Intl.Segmenter`, 'sentence' granularity, for any language it knows); Pith only mends the two
 * ways that split goes wrong on news text: a break after an abbreviation ("Mr.", "U.S.", "p.m.";
 * any break before a lower-case letter)
 * and an opening quote or bracket left at the end of the sentence before it (Japanese 「). */

export interface Sentence {
  text: string;
  /** Its place among all the article's sentences, from 0. */
  index: number;
  /** The paragraph it is in, from 0 (paragraphs are separated by blank lines in `Article.text`). */
  paragraph: number;
}

/** Title-case abbreviations that end in a period without ending the sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st prof gen gov sen rep lt col sgt capt jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ft mt ave'.split(
    ' ',
  ),
);
/** "U.S.", "p.m.", "z.B.": letters each followed by a period. */
const INITIALISM = /(?:^|[\s(])(?:\p{L}\.){1,4}$/u;
const LAST_WORD = /(\p{L}+)\.$/u;
/** A segment that starts so continues the one before: a sentence never starts in lower case, and
 * "(AP) —" follows the place of a dateline ("LANSING, Mich. (AP) —"). */
const CONTINUES = /^(?:\p{Ll}|\([\p{Lu}\s]{2,12}\))/u;
/** Opening quotes and brackets stranded at the end of a segment belong to the next sentence. */
const TRAILING_OPENERS = /[\p{Ps}\p{Pi}„]+$/u;

function sentenceSegmenter(lang: string | null): Intl.Segmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' }); // a malformed lang attribute
  }
}

function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (INITIALISM.test(trimmed)) return true;
  const word = LAST_WORD.exec(trimmed)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/** The raw segments of one paragraph, mended. */
function segmentsOf(paragraph: string, segmenter: Intl.Segmenter | null): string[] {
  const raw = segmenter
    ? Array.from(segmenter.segment(paragraph), (s) => s.segment)
    : paragraph.split(/(?<=[.!?。！？])\s+/u);
  const merged: string[] = [];
  for (const segment of raw) {
    const last = merged.length - 1;
    if (last >= 0 && (endsWithAbbreviation(merged[last]) || CONTINUES.test(segment))) merged[last] += segment;
    else merged.push(segment);
  }
  const out: string[] = [];
  let carry = '';
  for (const segment of merged) {
    let text = carry + segment;
    carry = '';
    const trimmed = text.trimEnd();
    const opener = TRAILING_OPENERS.exec(trimmed);
    if (opener && opener[0].length < trimmed.length) {
      carry = opener[0];
      text = trimmed.slice(0, -opener[0].length);
    }
    out.push(text);
  }
  if (carry && out.length) out[out.length - 1] += carry;
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Every sentence of the text, in order. */
export function splitSentences(text: string, lang: string | null): Sentence[] {
  const segmenter = sentenceSegmenter(lang);
  const sentences: Sentence[] = [];
  text.split(/\n\s*\n/).forEach((paragraph, p) => {
    for (const line of paragraph.split('\n')) {
      for (const sentence of segmentsOf(line, segmenter))
        sentences.push({ text: sentence, index: sentences.length, paragraph: p });
    }
  });
  return sentences;
}
