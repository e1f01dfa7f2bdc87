/** English, German and Spanish are complete: every message key of en.yml is in de.yml and es.yml
 * (and no other), with the same substitutions ($1…) and the same plural forms, and no message is
 * empty or left in English by mistake where a translation is expected. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';

type Parsed = ReturnType<typeof parseMessagesText>;
// The parser adds the browser's predefined messages (@@ui_locale…): not ours to translate.
const load = (lang: string): Parsed =>
  parseMessagesText(readFileSync(`locales/${lang}.yml`, 'utf8'), 'YAML').filter((m) => !m.key[0].startsWith('@@'));
const byKey = (messages: Parsed) => new Map(messages.map((m) => [m.key.join('.'), m]));
const texts = (m: Parsed[number]): string[] => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]);
const substitutions = (m: Parsed[number]) =>
  [
    ...new Set(
      texts(m)
        .join(' ')
        .match(/\$[1-9]/g) ?? [],
    ),
  ].sort();

const en = byKey(load('en'));

// Words that are the same in English and this language (the reader's "Sepia" theme; "Normal" line spacing in Spanish).
// (rules.pickerCurrent is only punctuation around its two substitutions.)
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['reader.themeSepia', 'rules.pickerCurrent', 'toggle.original'],
  es: ['reader.spacingNormal', 'reader.themeSepia', 'rules.pickerCurrent', 'toggle.original'],
};

describe.each(['de', 'es'])('locales/%s.yml', (lang) => {
  const other = byKey(load(lang));

  it('has every key of en.yml and no other', () => {
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('takes the same substitutions and plural forms for every key, and no message is empty', () => {
    for (const [key, message] of en) {
      const translated = other.get(key)!;
      expect({ key, type: translated.type }).toEqual({ key, type: message.type });
      expect({ key, subs: substitutions(translated) }).toEqual({ key, subs: substitutions(message) });
      if (message.type === 'plural' && translated.type === 'plural') {
        expect({ key, forms: Object.keys(translated.plurals) }).toEqual({ key, forms: Object.keys(message.plurals) });
      }
      for (const text of texts(translated)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('is translated: only words that are the same in every language repeat the English', () => {
    const same = [...en].filter(([key, m]) => texts(m).join() === texts(other.get(key)!).join()).map(([key]) => key);
    expect(same.sort()).toEqual(SAME_AS_ENGLISH[lang]);
  });
});

it('en.yml has the keys the UI uses (a few spot checks of the generated structure)', () => {
  for (const key of [
    'popup.articleReady',
    'copy.text',
    'error.errorPage',
    'images.numbered',
    'site.explain',
    'options.autoImages',
    'keyPoints.madeBy.extractive',
    'rules.pickerMatches',
  ]) {
    expect(en.has(key), key).toBe(true);
  }
});
