/** A byline as a reader writes it: the author's names, without the label before them ("By",
 * "Von", "Par", "Текст:"), and never a date line or a bare label that a page marked up as its
 * byline. */
import { normalizeSpace } from './dom';
import { alternation, LANGUAGES } from './vocabulary';
import {
  BYLINE_LABELS,
  BYLINE_NOUN_LABELS,
  DATE_WORDS,
  NAME_PARTICLE_LABELS,
  OTHER_BYLINE_LABELS,
  OTHER_BYLINE_NOUN_LABELS,
  SURNAME_PARTICLES,
  TIME_ZONES,
} from './vocabulary/bylines';

const NOUN_LABELS = new Set([...LANGUAGES.flatMap((lang) => BYLINE_NOUN_LABELS[lang]), ...OTHER_BYLINE_NOUN_LABELS]);
const LABELS = [
  alternation(BYLINE_LABELS),
  alternation(BYLINE_NOUN_LABELS),
  ...OTHER_BYLINE_LABELS,
  ...OTHER_BYLINE_NOUN_LABELS,
].join('|');
/** A label, or a short phrase that starts with one, then a colon: "Text: Jan Novák", "Par: X",
 * "Text und Interview: Harald Willenbrock". */
const LABEL_AND_COLON = new RegExp(`^(?:${LABELS})(?:\\s[^:：\\d]{0,30})?\\s*[:：]\\s*(.+)$`, 'iu');
/** A label, then a space: "By Jane Doe", "Von Anna Müller". */
const LABEL_AND_SPACE = new RegExp(`^(${LABELS})\\s+(.+)$`, 'iu');
const LABEL_ONLY = new RegExp(`^(${LABELS})\\s*[:：]?$`, 'iu');
/** What separates a byline's parts, and may dangle once a date is gone ("Redaktion -"). */
const DANGLING = /[\s\-–—|·•,;:@]+$/u;

const lettersOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** Every word a date line may hold besides its numbers: month and weekday names in each language
 * (long and short, from Intl), and the date words of the vocabulary. */
let dateWords: Set<string> | null = null;
function isDateWord(word: string): boolean {
  if (!dateWords) {
    dateWords = new Set([...LANGUAGES.flatMap((lang) => DATE_WORDS[lang]), ...TIME_ZONES].flatMap(lettersOf));
    for (const lang of LANGUAGES) {
      for (const style of ['long', 'short'] as const) {
        const months = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' });
        const days = new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) lettersOf(months.format(Date.UTC(2021, m, 15))).forEach((w) => dateWords!.add(w));
        for (let d = 0; d < 7; d++) lettersOf(days.format(Date.UTC(2021, 0, 3 + d))).forEach((w) => dateWords!.add(w));
      }
    }
  }
  return dateWords.has(word);
}

/** "June 3, 2021", "21.dez.2018 às 10h55", "Last Updated: January 7, 2025": numbers, with no word
 * that is not a month, a weekday, a date word or a one- or two-letter unit ("h", "pm"). */
export function isDateLine(text: string): boolean {
  return /\d/.test(text) && lettersOf(text).every((word) => word.length <= 2 || isDateWord(word));
}

/** The byline without its label. After a space, a noun is a label only before a name (a capital:
 * "Text und Interview" is no label), and a word that also begins surnames ("Von Trapp", "Di
 * Stefano", "von der Leyen") not before a surname particle, and when capitalized, only before a
 * full name. */
function withoutLabel(byline: string): string {
  const colon = LABEL_AND_COLON.exec(byline);
  if (colon) return colon[1];
  const space = LABEL_AND_SPACE.exec(byline);
  if (!space) return byline;
  const [, label, rest] = space;
  const lower = label.toLowerCase();
  if (NOUN_LABELS.has(lower) && /^\p{Ll}/u.test(rest)) return byline;
  if (NAME_PARTICLE_LABELS.has(lower)) {
    if (SURNAME_PARTICLES.has(rest.split(' ')[0])) return byline;
    if (/^\p{Lu}/u.test(label) && rest.split(' ').length < 2) return byline;
  }
  return rest;
}

/** The names of a byline, without their label or a date after them; null for a date line, a bare
 * label or nothing. */
export function cleanByline(text: string | null | undefined): string | null {
  let byline = normalizeSpace((text ?? '').replace(/\s*([·•|])\s*/g, ' $1 '));
  if (!byline || LABEL_ONLY.test(byline) || isDateLine(byline)) return null;
  byline = withoutTrailingDate(withoutLabel(byline)).replace(DANGLING, '');
  return byline && !LABEL_ONLY.test(byline) && !isDateLine(byline) ? byline : null;
}

/** Where a page marks its byline, as Readability looks for it: rel=author, itemprop=author, or a
 * class or id that says byline, author, dateline, writtenby. */
const BYLINE_MARK = /byline|author(?!it)|dateline|writtenby/i;

/** Marked elements looked at before giving up. */
const MAX_CANDIDATES = 30;

function isMarked(el: Element): boolean {
  return (
    BYLINE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) ||
    !!el.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('author') ||
    !!el.getAttribute('itemprop')?.includes('author')
  );
}
/** Containers whose authors are not the story's: comments, related stories, page furniture. */
const NOT_THE_STORY = /comment|disqus|repl(y|ies)|respond|related|recommend|sidebar|footer|widget|teaser|promo/i;
const NOT_THE_STORY_TAGS = new Set(['FOOTER', 'ASIDE', 'NAV']);
/** A longer text marked "author" is an author box (a bio), not a byline. */
const MAX_BYLINE_CHARS = 100;

/** An element's text with its text nodes apart: a byline's name and date are often set in
 * neighbouring elements with no space between ("Jeff Foust" "Monday, June 3"). */
function spacedText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return normalizeSpace(parts.join(' '));
}

function inStory(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (NOT_THE_STORY_TAGS.has(node.tagName.toUpperCase()) || node.hasAttribute('hidden')) return false;
    if (node !== el && NOT_THE_STORY.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return false;
  }
  return true;
}

/** A date that ends a byline line ("By Nathan Willis March 25, 2015"): the longest run of the
 * last words that is a date line and names a month or weekday, or writes a date in figures. */
function withoutTrailingDate(byline: string): string {
  const words = byline.split(' ');
  const isDate = (tail: string) =>
    isDateLine(tail) &&
    (lettersOf(tail).some((word) => word.length > 2 && isDateWord(word)) ||
      /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}/.test(tail));
  for (let start = 1; start < words.length; start++) {
    const tail = words.slice(start).join(' ');
    if (!isDate(tail)) continue;
    // A day glued to the name before it ("Nicole Collignon22. Februar 2020") goes with the date.
    const glued = /^(.*\p{L})(\d{1,2}\.?)$/u.exec(words[start - 1]);
    const names = words.slice(0, start);
    if (glued && isDate(`${glued[2]} ${tail}`)) names[start - 1] = glued[1];
    return names.join(' ');
  }
  return byline;
}

/** The byline as the page's markup shows it, read on the page as published (before any cleanup
 * could take it): the first marked element in the story, short enough to be a byline, with its
 * itemprop=name child when it has one. */
export function markedByline(doc: Document): string | null {
  if (!doc.body) return null;
  // One walk in document order, stopping at the first byline (a selector with case-insensitive
  // substrings costs far more under jsdom).
  const walker = doc.createTreeWalker(doc.body, 1);
  let tried = 0;
  for (
    let el = walker.nextNode() as Element | null;
    el && tried < MAX_CANDIDATES;
    el = walker.nextNode() as Element | null
  ) {
    if (!isMarked(el)) continue;
    tried++;
    const text = spacedText(el);
    if (!text || text.length >= MAX_BYLINE_CHARS || !inStory(el)) continue;
    const name = el.querySelector('[itemprop~="name"]');
    const byline = cleanByline(name ? spacedText(name) : text);
    if (byline) return byline;
  }
  return null;
}

export interface BylineCandidate {
  /** The name, or how to read it when it is needed (a costly source is read only if the ones
   * before it name no one but the site). */
  name: string | null | (() => string | null);
  /** Declared as a person (JSON-LD Person). */
  person?: boolean;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** The first byline that is not the site's own name ("BBC News" by BBC News). A declared person
 * with the site's name (a blog named after its author) is the byline only when no source names
 * anyone else. */
export function chooseByline(candidates: BylineCandidate[], siteName: string | null): string | null {
  let person: string | null = null;
  for (const candidate of candidates) {
    const name = typeof candidate.name === 'function' ? candidate.name() : candidate.name;
    if (!name) continue;
    if (!siteName || !sameName(name, siteName)) return name;
    if (candidate.person) person ??= name;
  }
  return person;
}
