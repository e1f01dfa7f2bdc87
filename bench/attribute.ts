/** Which of Pith's rules dropped a block of text: matched against the article's `removed` list,
 * whose entries hold the first 80 characters of what each rule took out. */
import type { RemovedBlock } from '../core';
import { tokens } from './score';

const words = (text: string) => tokens(text).map((w) => w.toLowerCase());
/** How many leading words identify a block (more would cross the 80-character snippet's end). */
const START = 6;

/** Whether `needle` occurs in `hay` as consecutive words. */
function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The reason of the first removal whose start is found in the block, or the block's start in the
 * removal's snippet; null when none matches. A start of 1–2 words must open the other text (a lone
 * "Share" occurs anywhere). */
export function attributeBlock(block: string, removed: RemovedBlock[]): string | null {
  const blockWords = words(block);
  if (blockWords.length === 0) return null;
  for (const entry of removed) {
    let snippetWords = words(entry.text);
    // A snippet cut at 80 characters may end in half a word.
    if (entry.text.trimEnd().endsWith('…') && snippetWords.length > 1) snippetWords = snippetWords.slice(0, -1);
    if (snippetWords.length === 0) continue;
    if (matches(blockWords, snippetWords.slice(0, START)) || matches(snippetWords, blockWords.slice(0, START)))
      return entry.reason;
  }
  return null;
}

function matches(hay: string[], start: string[]): boolean {
  if (start.length < 3) return start.every((w, i) => hay[i] === w);
  return containsRun(hay, start);
}
