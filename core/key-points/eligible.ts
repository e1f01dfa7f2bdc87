/** Which sentences may stand alone as a key point. A key point is read without the text around
 * it, so it must be a whole statement: not a question, not part of a quote cut by the sentence
 * split, not a caption or a photo credit, not a fragment, and of a readable length. A dateline
 * ("WASHINGTON (Reuters) —") is not part of the statement: it is cut off the front. */

/** The sentence ends as a statement does, before any closing quotes or brackets. */
const STATEMENT_END = /[.!。！…](?:[\p{Pf}\p{Pe}"'»」』]*)$/u;
const QUESTION = /[?？](?:[\p{Pf}\p{Pe}"'»」』]*)$|^¿/u;
/** Quote marks of every script; an odd number of them means the sentence split cut a quote. */
const QUOTE_MARKS = /["“”„«»‹›「」『』]/gu;
/** A fragment: it starts as a sentence never does. */
const FRAGMENT_START = /^(?:\p{Ll}|[—–\-…,;:)\]»”’])/u;
const CREDIT =
  /\b(?:photo(?:graph)?s?|foto(?:grafía)?|image|bild|credit|crédito|illustration)\s*(?:by|von|de|:|\/)|getty images|ap photo|afp via|shutterstock|file photo|\bdpa\b\s*\/|\(photo\b/iu;
/** "WASHINGTON (Reuters) — ", "SALT LAKE CITY, Utah — ", "MADRID, 3 mar (EFE) - ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^—–()\n]{1,30})?(?:\s*\([^)\n]{1,30}\))?\s*(?:[—–]|--?)\s+/u;
const LINKISH = /https?:\/\/|www\.|@\w/iu;

export const MIN_WORDS = 6;
export const MAX_WORDS = 55;

/** The sentence without a dateline in front (a verbatim piece of it either way). */
export function withoutDateline(sentence: string): string {
  const match = DATELINE.exec(sentence);
  return match ? sentence.slice(match[0].length) : sentence;
}

export type Rejection =
  'question' | 'not-a-statement' | 'cut-quote' | 'fragment' | 'caption' | 'link' | 'too-short' | 'too-long';

/** Why the sentence cannot be a key point, or null when it can. `wordCount` counts its words. */
export function rejection(sentence: string, wordCount: number): Rejection | null {
  if (QUESTION.test(sentence)) return 'question';
  if (!STATEMENT_END.test(sentence)) return 'not-a-statement';
  if ((sentence.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1) return 'cut-quote';
  if (FRAGMENT_START.test(sentence)) return 'fragment';
  if (CREDIT.test(sentence)) return 'caption';
  if (LINKISH.test(sentence)) return 'link';
  if (wordCount < MIN_WORDS) return 'too-short';
  if (wordCount > MAX_WORDS) return 'too-long';
  return null;
}
