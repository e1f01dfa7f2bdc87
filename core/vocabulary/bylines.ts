/** Words around an author's name in a byline: the labels before it ("By", "Von", "Par", "Texto:"),
 * and the words of a date line that a page marks up as its byline ("Updated June 3, 2021 at 6 pm").
 * See index.ts. */
import type { PerLanguage } from './index';

export const BYLINE_LABELS: PerLanguage = {
  en: ['by', 'written by', 'words by', 'story by', 'reported by', 'posted by', 'published by'],
  de: ['von', 'geschrieben von', 'veröffentlicht von', 'ein beitrag von', 'ein artikel von'],
  fr: ['par', 'écrit par', 'rédigé par', 'publié par', 'propos recueillis par'],
  es: ['por', 'escrito por', 'redactado por', 'publicado por'],
  it: ['di', 'scritto da', 'pubblicato da', 'a cura di'],
  pt: ['por', 'escrito por', 'publicado por'],
  nl: ['door', 'geschreven door', 'gepubliceerd door', 'geplaatst door'],
};

/** Labels that are nouns ("Text: …", "Autor Jan Novák"): before a name only, as a noun may also
 * begin a phrase ("Text und Interview: …"). */
export const BYLINE_NOUN_LABELS: PerLanguage = {
  en: ['text', 'words', 'author', 'authors'],
  de: ['text', 'autor', 'autorin', 'autoren'],
  fr: ['texte', 'auteur', 'autrice', 'auteurs'],
  es: ['texto', 'autor', 'autora', 'autores'],
  it: ['testo', 'autore', 'autrice', 'autori'],
  pt: ['texto', 'autor', 'autora', 'autores'],
  nl: ['tekst', 'auteur', 'auteurs'],
};

/** Labels of other languages met on pages of any site (Russian, Polish, Czech, the Nordic
 * languages, Turkish): bylines are tried against every language's labels, so these need no
 * language of their own. */
export const OTHER_BYLINE_LABELS: readonly string[] = ['av', 'af'];
export const OTHER_BYLINE_NOUN_LABELS: readonly string[] = ['текст', 'автор', 'авторы', 'autor', 'autorzy', 'yazar'];

/** Labels that are also the first word of many surnames ("Di Stefano", "Von Trapp", "Af
 * Klint", "von der Leyen"): capitalized, taken for a label only when a full name (two words or
 * more) follows; in lower case, unless a surname particle follows. */
export const NAME_PARTICLE_LABELS: ReadonlySet<string> = new Set(['di', 'von', 'af', 'av']);

/** Lower-case words inside surnames, of any language ("von der Leyen", "van den Berg", "di la
 * Vega"): after such a label, one of them says the label was part of the name. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'der',
  'den',
  'dem',
  'des',
  'zu',
  'zum',
  'zur',
  'van',
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'del',
  'della',
  'la',
  'le',
  'lo',
  'ter',
  'ten',
]);

/** Words of a date line besides month and weekday names (which come from Intl, per language). */
export const DATE_WORDS: PerLanguage = {
  en: [
    'updated',
    'last updated',
    'published',
    'posted',
    'modified',
    'on',
    'at',
    'am',
    'pm',
    'today',
    'yesterday',
    'sept',
  ],
  de: ['aktualisiert', 'zuletzt aktualisiert', 'veröffentlicht', 'am', 'um', 'uhr', 'stand', 'heute', 'gestern'],
  fr: ['mis à jour', 'mise à jour', 'publié', 'publié le', 'le', 'à', 'h', 'aujourd’hui', 'hier'],
  es: ['actualizado', 'publicado', 'el', 'a las', 'de', 'hoy', 'ayer'],
  it: ['aggiornato', 'pubblicato', 'il', 'alle', 'ore', 'oggi', 'ieri'],
  pt: ['atualizado', 'publicado', 'em', 'às', 'de', 'hoje', 'ontem'],
  nl: ['bijgewerkt', 'gepubliceerd', 'geplaatst', 'om', 'uur', 'vandaag', 'gisteren'],
};

/** Time zones a date line may end with, the same in every language. */
export const TIME_ZONES: readonly string[] = [
  'utc',
  'gmt',
  'cet',
  'cest',
  'met',
  'mez',
  'mesz',
  'bst',
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
];
