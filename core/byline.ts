/** A byline as a reader writes it: the author's names, without the label before them ("By",
 * "Von", "Par", "Текст:"), and never a date line or a bare label that a page marked up as its
 * byline. */
import { normalizeSpace } from './dom';
import { alternation, LANGUAGES } from './vocabulary';
import { BYLINE_LABELS, DATE_WORDS, NAME_PARTICLE_LABELS, OTHER_BYLINE_LABELS, TIME_ZONES } from './vocabulary/bylines';

const LABELS = [alternation(BYLINE_LABELS), ...OTHER_BYLINE_LABELS].join('|');
/** A label, then a colon or a space, then the rest: "By Jane Doe", "Text: Jan Novák", "Par: X". */
const LABELLED = new RegExp(`^(${LABELS})(\\s*[:：]\\s*|\\s+)(.*)$`, 'iu');
const LABEL_ONLY = new RegExp(`^(${LABELS})\\s*[:：]?$`, 'iu');

const lettersOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

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

/** The names of a byline, without their label or a date after them; null for a date line, a bare
 * label or nothing. */
export function cleanByline(text: string | null | undefined): string | null {
  let byline = normalizeSpace(text ?? '');
  if (!byline || LABEL_ONLY.test(byline) || isDateLine(byline)) return null;
  const labelled = LABELLED.exec(byline);
  if (labelled) {
    const [, label, separator, rest] = labelled;
    const colon = separator.trim() !== '';
    if (rest && (colon || !NAME_PARTICLE_LABELS.has(label.toLowerCase()) || rest.split(' ').length >= 2)) byline = rest;
  }
  byline = withoutTrailingDate(byline);
  return byline && !isDateLine(byline) ? byline : null;
}

/** Where a page marks its byline, as Readability looks for it: rel=author, itemprop=author, or a
 * class or id that says byline, author, dateline, writtenby. */
const BYLINE_MARKS = ['byline', 'author', 'dateline', 'writtenby'].flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`]);
const BYLINE_SELECTOR = ['[rel~="author"]', '[itemprop*="author"]', ...BYLINE_MARKS].join(', ');
/** "authority-control" is no author's. */
const NOT_A_MARK = /authorit/i;
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
  for (let start = 1; start < words.length; start++) {
    const tail = words.slice(start).join(' ');
    const datelike = lettersOf(tail).some((word) => word.length > 2 && isDateWord(word)) || /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}/.test(tail);
    if (isDateLine(tail) && datelike) return words.slice(0, start).join(' ').replace(/[\s,;|·–—-]+$/u, '');
  }
  return byline;
}

/** The byline as the page's markup shows it, read on the page as published (before any cleanup
 * could take it): the first marked element in the story, short enough to be a byline, with its
 * itemprop=name child when it has one. */
export function markedByline(doc: Document): string | null {
  const candidates = Array.from(doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? []).slice(0, 30);
  for (const el of candidates) {
    const text = spacedText(el);
    if (!text || text.length >= MAX_BYLINE_CHARS || !inStory(el)) continue;
    if (NOT_A_MARK.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && !el.matches('[rel~="author"], [itemprop*="author"]')) continue;
    const name = el.querySelector('[itemprop~="name"]');
    const byline = cleanByline(name ? spacedText(name) : text);
    if (byline) return byline;
  }
  return null;
}

export interface BylineCandidate {
  name: string | null;
  /** Declared as a person (JSON-LD Person). */
  person?: boolean;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** The first byline that is not the site's own name ("BBC News" by BBC News). A declared person
 * with the site's name (a blog named after its author) is the byline only when no source names
 * anyone else. */
export function chooseByline(candidates: BylineCandidate[], siteName: string | null): string | null {
  const named = candidates.filter((candidate): candidate is { name: string; person?: boolean } => !!candidate.name);
  const other = named.find((candidate) => !siteName || !sameName(candidate.name, siteName));
  return other?.name ?? named.find((candidate) => candidate.person)?.name ?? null;
}
