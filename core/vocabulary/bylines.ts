/** Labels before an author's name in a byline ("By", "Von", "Par", "Por", "Texto:"), and site-name
 * tails of titles. Filled per language; see index.ts. */
import type { PerLanguage } from './index';

export const BYLINE_LABELS: PerLanguage = {
  en: ['by', 'written by', 'words by', 'text'],
  de: ['von', 'text'],
  fr: ['par', 'texte'],
  es: ['por', 'texto'],
  it: ['di', 'testo'],
  pt: ['por', 'texto'],
  nl: ['door', 'tekst'],
};
