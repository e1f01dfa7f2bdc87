/** The two extractors the bench compares, run on the same jsdom document: Pith as shipped (no
 * --force: a page it refuses scores as an empty text) and raw Readability with its default options. */
import { Readability } from '@mozilla/readability';
import { extractArticle, type Article, type ProblemKind } from '../core';

export type PithResult = { ok: true; article: Article; text: string } | { ok: false; refusal: ProblemKind; text: '' };

export function runPith(doc: Document, url: string): PithResult {
  const extraction = extractArticle(doc, url);
  return extraction.ok
    ? { ok: true, article: extraction.article, text: extraction.article.text }
    : { ok: false, refusal: extraction.problem.kind, text: '' };
}

export type ReadabilityResult = ReturnType<Readability['parse']>;

/** Readability changes the document it reads, so it gets a copy. */
export function runReadability(doc: Document): ReadabilityResult {
  return new Readability(doc.cloneNode(true) as Document).parse();
}
