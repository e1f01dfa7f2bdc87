/** Readability returns one block, the best scored. On some pages that is a sign-up form, a log-in
 * box, a consent notice, a comment thread or a list of links, and the story is elsewhere. When what
 * it found reads like one of those (suspicion.ts), Readability runs once more on the rest of the
 * page — it has already moved the first block out of the copy — and the second block is taken if it
 * is a much longer text that reads like none of them. Otherwise the first stands, with its warning. */
import { Readability } from '@mozilla/readability';
import { linkDensity, textOf } from './dom';
import { suspectExtraction } from './suspicion';

/** With a serializer that hands back the element (as extract.ts asks), `content` is a Node. */
type ReadabilityOptions = ConstructorParameters<typeof Readability<unknown>>[1];
type Parsed = ReturnType<Readability<unknown>['parse']>;

/** A second block must be this much longer than the first, and at least this long, to replace it. */
const LONGER_BY = 2;
const MIN_SECOND_CHARS = 500;

function readsWrong(parsed: NonNullable<Parsed>): { wrong: boolean; length: number } {
  const content = parsed.content as unknown as Element;
  const text = textOf(content);
  const words = text ? text.split(' ').length : 0;
  return { wrong: suspectExtraction(text, words, () => linkDensity(content)) !== null, length: text.length };
}

export function parseWithSecondChance(clone: Document, options: ReadabilityOptions): Parsed {
  const first = new Readability(clone, options).parse();
  if (!first?.content) return first;
  const firstRead = readsWrong(first);
  if (!firstRead.wrong || !clone.body) return first;
  const second = new Readability(clone, options).parse();
  if (!second?.content) return first;
  const secondRead = readsWrong(second);
  const muchLonger = secondRead.length >= Math.max(LONGER_BY * firstRead.length, MIN_SECOND_CHARS);
  return muchLonger && !secondRead.wrong
    ? { ...second, title: first.title, byline: first.byline ?? second.byline }
    : first;
}
