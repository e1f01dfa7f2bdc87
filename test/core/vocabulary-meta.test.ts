/** The metadata vocabularies (byline labels, date words, site-name endings) keep index.ts's
 * convention: every language, lower case, no pattern syntax. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type PerLanguage } from '../../core/vocabulary';
import { BYLINE_LABELS, BYLINE_NOUN_LABELS, DATE_WORDS } from '../../core/vocabulary/bylines';
import { SITE_NAME_ENDINGS } from '../../core/vocabulary/titles';

describe.each([
  ['BYLINE_LABELS', BYLINE_LABELS],
  ['BYLINE_NOUN_LABELS', BYLINE_NOUN_LABELS],
  ['DATE_WORDS', DATE_WORDS],
  ['SITE_NAME_ENDINGS', SITE_NAME_ENDINGS],
] as Array<[string, PerLanguage]>)('%s', (_name, words) => {
  it.each(LANGUAGES)('has lower-case plain phrases for %s', (lang) => {
    expect(words[lang].length).toBeGreaterThan(0);
    for (const phrase of words[lang]) expect(phrase).toMatch(/^[\p{Ll}’' ]+$/u);
  });
});
