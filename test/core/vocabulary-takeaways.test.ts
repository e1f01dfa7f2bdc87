import { describe, expect, it } from 'vitest';
import { LANGUAGES, wholeTextPattern } from '../../core/vocabulary';
import { TAKEAWAY_CLASS_WORDS, TAKEAWAY_HEADINGS, TAKEAWAY_LABELS } from '../../core/vocabulary/takeaways';

const VOCABULARIES = { TAKEAWAY_HEADINGS, TAKEAWAY_LABELS, TAKEAWAY_CLASS_WORDS };

describe.each(Object.entries(VOCABULARIES))('%s', (_name, words) => {
  it('has phrases for every language, and no other', () => {
    expect(Object.keys(words).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(words[lang].length, lang).toBeGreaterThan(0);
  });

  it('holds lower-case fragments that compile as patterns', () => {
    for (const phrase of LANGUAGES.flatMap((lang) => words[lang])) {
      expect(phrase).toBe(phrase.toLowerCase());
      expect(() => new RegExp(phrase, 'iu')).not.toThrow();
    }
  });
});

describe('takeaway headings as a pattern', () => {
  const heading = wholeTextPattern(TAKEAWAY_HEADINGS, '\\s*:?');
  it.each([
    ['en', 'Key Takeaways'],
    ['de', 'Das Wichtigste in Kürze'],
    ['fr', "Ce qu'il faut retenir"],
    ['es', 'Lo que hay que saber'],
    ['it', 'Cosa c’è da sapere'],
    ['pt', 'O que você precisa saber'],
    ['nl', 'Wat je moet weten'],
  ])('%s: matches "%s" as a whole text only', (_lang, text) => {
    expect(heading.test(text)).toBe(true);
    expect(heading.test(`${text}:`)).toBe(true);
    expect(heading.test(`${text} about the budget`)).toBe(false);
  });
});

describe('takeaway class words', () => {
  it('are written as lower-case words joined by "-", as the class matcher splits names', () => {
    for (const word of LANGUAGES.flatMap((lang) => TAKEAWAY_CLASS_WORDS[lang]))
      expect(word).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
