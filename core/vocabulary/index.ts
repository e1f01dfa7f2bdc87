/** Words of page furniture, as data per language. Each concern keeps its own file here
 * (clutter headings and labels, byline labels, title tails, takeaway headings), every entry with
 * the same languages; a convention test checks that none is missing. Entries are regular-expression
 * fragments in lower case, matched case-insensitively against whole short texts. */

/** The languages every vocabulary covers: those of most pages Pith meets. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One list of phrases per language. */
export type PerLanguage = Record<Language, readonly string[]>;

/** Every language's phrases as one alternation (a page's declared language is often wrong or
 * missing, and a heading in another language than the story is common: all are tried). */
export function alternation(words: PerLanguage): string {
  return LANGUAGES.flatMap((lang) => words[lang]).join('|');
}

/** A pattern that matches a whole text made of one of the phrases, plus optional trailing marks. */
export function wholeTextPattern(words: PerLanguage, trailing = '\\s*[:.…!]*'): RegExp {
  return new RegExp(`^(${alternation(words)})${trailing}$`, 'iu');
}
