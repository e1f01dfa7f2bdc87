/** The story's title, from what the page declares, without the site's name that titles often carry
 * ("Story | MDN", "Story - Wikipedia", "Site — Story"). A segment is dropped only on evidence that
 * it names the site: the page's h1 reads as the rest, the page declares that name (og:site_name,
 * publisher, application-name, the <title>'s own branding), the host spells it, or it ends like a
 * site's name ("… Blog", "… News"). The <title> alone, with no such evidence, is cut by position as
 * Readability does, since it nearly always ends with the site's name. */
import { absoluteUrl, normalizeSpace, textOf } from './dom';
import { alternation } from './vocabulary';
import { SITE_NAME_ENDINGS } from './vocabulary/titles';

export interface TitleSources {
  /** The JSON-LD article's `headline` and `name`. */
  headline: string | null;
  name: string | null;
  /** og:title, twitter:title…, in order of preference. */
  metaTitles: Array<string | null>;
  /** The document's <title>. */
  documentTitle: string | null;
}

/** What tells a title's own words from the site's name. */
export interface TitleEvidence {
  /** The site's names as the page declares them. */
  siteNames: string[];
  /** The page's host name. */
  host: string;
  /** The texts of the page's h1 headings. */
  headings: string[];
}

/** Separators between a title and a site's name, spaced: "x-ray", "9:30" or "A|B" never split.
 * Captured, so that split() keeps them and a title's run of segments joins back as written. */
const SEPARATOR = /(\s+(?:\||-|–|—|::|·|•|»)\s+)/;
/** With the page's h1 for evidence, a colon separates too ("The Space Review: Story", h1 "Story"). */
const HEADING_SEPARATOR = /(\s+(?:\||-|–|—|::|·|•|»)\s+|:\s+)/;
const SITE_NAME_ENDING = new RegExp(`(?:^|\\s)(?:${alternation(SITE_NAME_ENDINGS)})$`, 'iu');
/** A title guessed by position (with no evidence) has at least this many words, as Readability's. */
const MIN_GUESSED_WORDS = 5;
/** A site's name is a few words; a longer segment is part of the story's title. */
const MAX_SITE_NAME_WORDS = 5;

/** A class or id of the site's own header: an h1 there holds the site's name, not the story's. */
const SITE_HEADER = /logo|brand|masthead|site-?(title|name)|topbar/i;

/** The page's h1s that may be the story's title: not the site's logo, which many templates set
 * as an h1 (in a logo box, or as one link to the home page), nor the site's declared name. */
export function storyHeadings(doc: Document, pageUrl: string, siteNames: string[]): string[] {
  const names = new Set(siteNames.map(key));
  const headings: string[] = [];
  // getElementsByTagName, read by index: far cheaper than querySelectorAll under jsdom.
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const h1 = h1s[i];
    const text = textOf(h1);
    if (!text || names.has(key(text)) || isLogo(h1, text, pageUrl)) continue;
    headings.push(text);
  }
  return headings;
}

function isLogo(h1: Element, text: string, pageUrl: string): boolean {
  for (let el: Element | null = h1, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    if (SITE_HEADER.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  }
  const links = h1.querySelectorAll('a[href]');
  if (links.length !== 1 || textOf(links[0]) !== text) return false;
  const href = absoluteUrl(links[0].getAttribute('href'), pageUrl);
  const path = href ? new URL(href).pathname : '';
  // The home page: "/", "index.html", or a site's root wrapped in another address (an archive's).
  return path === '/' || /\/index\.[a-z]+$/i.test(path) || /\/https?:\/\/[^/?#]+\/?$/i.test(path);
}

/** Texts as compared: case, quotes, Unicode forms and trailing marks (a permalink "¶") aside. */
function key(text: string): string {
  return normalizeSpace(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[\s.,;:!?¶§#"'…]+$/u, '');
}

const squash = (text: string) => key(text).replace(/[^\p{L}\p{N}]+/gu, '');
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The names a host spells: "www.ksl.com" → "ksl", "kslcom". A host without a dot (localhost) has none. */
function hostNames(host: string): string[] {
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  if (labels.length < 2) return [];
  return [...labels.slice(0, -1).filter((label) => label.length >= 3), labels.slice(-2).join('')].map(squash);
}

function isSiteName(segment: string, evidence: TitleEvidence): boolean {
  const seg = key(segment);
  if (!seg || wordCount(seg) > MAX_SITE_NAME_WORDS) return false;
  const squashed = squash(segment);
  for (const name of evidence.siteNames) {
    const site = key(name);
    if (site === seg || squash(name) === squashed) return true;
    // "Spiceworks" for "Spiceworks Inc", "Aktuálně.cz" for "Aktuálně.cz - Víte, co se právě děje".
    if (site.startsWith(seg) && /^[^\p{L}\p{N}]/u.test(site.slice(seg.length))) return true;
  }
  return (
    squashed.length >= 3 &&
    hostNames(evidence.host).some((name) => name === squashed || name === squashed.replace(/^the/, ''))
  );
}

function endsLikeSiteName(segment: string): boolean {
  return wordCount(segment) <= MAX_SITE_NAME_WORDS && SITE_NAME_ENDING.test(key(segment));
}

/** A title split at its separators, with a way to join back any run of segments as written. */
function segmentsOf(title: string, separator = SEPARATOR) {
  const parts = title.split(separator);
  const count = (parts.length + 1) / 2;
  const join = (from: number, to: number) =>
    parts
      .slice(from * 2, to * 2 - 1)
      .join('')
      .trim();
  return { count, segment: (i: number) => parts[i * 2], join };
}

/** The run of segments at the start or end of the title that an h1 reads as, when exactly one does. */
function headingPart(title: string, headings: string[]): { part: string; rest: string } | null {
  const { count, join } = segmentsOf(title, HEADING_SEPARATOR);
  const keys = new Set(headings.map(key).filter(Boolean));
  const found = new Map<string, string>();
  for (let i = 1; i < count; i++) {
    if (keys.has(key(join(0, i)))) found.set(join(0, i), join(count - 1, count));
    if (keys.has(key(join(i, count)))) found.set(join(i, count), join(0, 1));
  }
  // Two h1s reading as two different parts (the site's header and the story's): no evidence.
  if (found.size !== 1) return null;
  const [[part, rest]] = found;
  return { part, rest };
}

/** A short word left alone ("Home | Site", "Login - Site") is a page's name, not a story's title. */
function longEnough(rest: string): boolean {
  return wordCount(rest) >= 2 || rest.length >= 8;
}

/** The title without a site's name at its end or start, on evidence only; unchanged without. */
export function withoutSiteName(title: string, evidence: TitleEvidence): string {
  if (segmentsOf(title, HEADING_SEPARATOR).count < 2) return title;
  if (evidence.headings.some((heading) => key(heading) === key(title))) return title;
  const byHeading = headingPart(title, evidence.headings);
  if (byHeading) return byHeading.part;
  let result = title;
  let parts = segmentsOf(result);
  const last = parts.segment(parts.count - 1);
  if ((isSiteName(last, evidence) || endsLikeSiteName(last)) && longEnough(parts.join(0, parts.count - 1))) {
    result = parts.join(0, parts.count - 1);
    parts = segmentsOf(result);
  }
  if (parts.count >= 2 && isSiteName(parts.segment(0), evidence) && longEnough(parts.join(1, parts.count))) {
    result = parts.join(1, parts.count);
  }
  return result;
}

/** The <title>, which nearly always carries the site's name: on evidence as above, else cut by
 * position as Readability does (the last segment goes, or the first when too few words would be
 * left), keeping the whole when what is left is too short to be a story's title. */
function documentTitleOf(title: string, evidence: TitleEvidence): string {
  const stripped = withoutSiteName(title, evidence);
  if (stripped !== title || evidence.headings.some((heading) => key(heading) === key(title))) return stripped;
  const { count, join } = segmentsOf(title);
  if (count < 2) {
    // "Home", or a title longer than any headline: the page's only h1 says it better, if it is
    // long enough to be a story's title.
    const only = evidence.headings.length === 1 ? evidence.headings[0] : '';
    return only && (title.length < 15 || title.length > 150) && wordCount(only) >= MIN_GUESSED_WORDS ? only : title;
  }
  let guess = join(0, count - 1);
  if (wordCount(guess) < 3) guess = join(1, count);
  return wordCount(guess) >= MIN_GUESSED_WORDS ? guess : title;
}

/** The <title>'s segment that is not the h1 names the site ("Story | Brand" with h1 "Story"). */
function brandOf(documentTitle: string | null, headings: string[]): string[] {
  const byHeading = documentTitle ? headingPart(documentTitle, headings) : null;
  return byHeading ? [byHeading.rest] : [];
}

/** JSON-LD's headline, or its name: some pages put the site's name or a kind of page ("list
 * article") in one of them; the one the page also shows (as its h1 or in another title) wins. */
function jsonLdTitle(sources: TitleSources, evidence: TitleEvidence): string | null {
  const { headline, name } = sources;
  if (name && (isSiteName(name, evidence) || (headline && key(headline) === key(name)))) return headline;
  if (!headline || !name) return headline ?? name;
  const shown = [...evidence.headings, ...sources.metaTitles, sources.documentTitle]
    .filter((text): text is string => !!text)
    .flatMap((text) => {
      const { count, segment } = segmentsOf(text);
      return [text, ...Array.from({ length: count }, (_, i) => segment(i))];
    })
    .map(key);
  return shown.includes(key(name)) && !shown.includes(key(headline)) ? name : headline;
}

export function chooseTitle(sources: TitleSources, evidence: TitleEvidence): string | null {
  const withBrand = {
    ...evidence,
    siteNames: [...evidence.siteNames, ...brandOf(sources.documentTitle, evidence.headings)],
  };
  // A title that is the site's whole name ("Yahoo News - Latest News & Headlines") is the site's
  // generic title, not the story's: the next source says more.
  const isStory = (title: string | null): title is string =>
    !!title && !evidence.siteNames.some((name) => key(name) === key(title));
  const declared = [jsonLdTitle(sources, withBrand), ...sources.metaTitles].find(isStory);
  if (declared) return withoutSiteName(declared, withBrand);
  return isStory(sources.documentTitle) ? documentTitleOf(sources.documentTitle, withBrand) : null;
}
