/** Pith's own key points: a few sentences of the article, chosen without a model. Each sentence
 * gets two scores, both in [0, 1], and their mean ranks it:
 * - lead: news puts the gist first, so a sentence's score falls with its place (1 for the first,
 *   ½ for the fifth, ⅓ for the ninth…);
 * - centrality: how much of the whole text's vocabulary it shares — the cosine between its words
 *   and the text's, each word weighted by how rare it is among the sentences (so "the", "der",
 *   "el", "は" weigh little without a stop-word list in any language), scaled so the most central
 *   sentence scores 1.
 * The best sentences that may stand alone (see `eligible.ts`) are taken, skipping any that repeats
 * most of the words of one already taken, and shown in the article's order. Deterministic: the
 * same text always gives the same points. */
import { countWords } from '../reading-time';
import { rejection, withoutDateline } from './eligible';
import { splitSentences, type Sentence } from './sentences';
import { wordSplitter } from './words';

export const MIN_POINTS = 3;
export const MAX_POINTS = 5;
/** Two sentences whose distinct words overlap more than this (shared / all, Jaccard) say the same thing. */
export const DUPLICATE_OVERLAP = 0.5;
/** The lead score halves at this place (0-based). */
const LEAD_HALF_LIFE = 4;

interface Candidate {
  sentence: Sentence;
  text: string;
  words: string[];
  score: number;
}

/** Longer articles get more points: 3 up to 20 sentences, 4 up to 40, then 5. */
export function pointCount(sentences: number): number {
  return sentences <= 20 ? MIN_POINTS : sentences <= 40 ? 4 : MAX_POINTS;
}

function termCounts(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Cosine of two weighted bags of words. */
function cosine(a: Map<string, number>, b: Map<string, number>, weight: (word: string) => number): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, count] of a) {
    const w = count * weight(word);
    normA += w * w;
    const other = b.get(word);
    if (other) dot += w * other * weight(word);
  }
  for (const [word, count] of b) normB += (count * weight(word)) ** 2;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

function overlap(a: string[], b: string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared++;
  const union = setA.size + setB.size - shared;
  return union ? shared / union : 0;
}

export function leadScore(index: number): number {
  return 1 / (1 + index / LEAD_HALF_LIFE);
}

/** The key points of an article's text (`Article.text`), verbatim sentences in article order; an
 * empty list when the text has fewer than three sentences that can stand alone. */
export function pickKeyPoints(text: string, lang: string | null): string[] {
  const sentences = splitSentences(text, lang);
  const split = wordSplitter(lang);
  const wordsOf = sentences.map((s) => split(s.text));
  const documentFrequency = new Map<string, number>();
  for (const words of wordsOf)
    for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const total = sentences.length;
  const weight = (word: string) => Math.log((1 + total) / (documentFrequency.get(word) ?? 1));
  const whole = termCounts(wordsOf.flat());

  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    const text = withoutDateline(sentence.text);
    if (rejection(text, countWords(text, lang)) !== null) continue;
    const words = split(text);
    candidates.push({ sentence, text, words, score: cosine(termCounts(words), whole, weight) });
  }
  if (candidates.length < MIN_POINTS) return [];
  const best = Math.max(...candidates.map((c) => c.score)) || 1;
  for (const c of candidates) c.score = (leadScore(c.sentence.index) + c.score / best) / 2;

  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const wanted = pointCount(total);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.length === wanted) break;
    if (chosen.some((c) => overlap(c.words, candidate.words) > DUPLICATE_OVERLAP)) continue;
    chosen.push(candidate);
  }
  if (chosen.length < MIN_POINTS) return [];
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index).map((c) => c.text);
}

/** The Lead-3 baseline the bench compares with: the first three sentences, as they come. */
export function leadSentences(text: string, lang: string | null, count = 3): string[] {
  return splitSentences(text, lang)
    .slice(0, count)
    .map((s) => s.text);
}
