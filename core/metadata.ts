/** Article metadata from the publisher's own declarations: JSON-LD first (the most precise), then
 * OpenGraph / article meta tags. Readability's guesses are only a fallback (see extract.ts). */
import { absoluteUrl, hostOf, normalizeSpace } from './dom';
import { cleanByline } from './byline';
import { decodeEntities, stripMarkup } from './plain-text';
import { chooseTitle, storyHeadings, withoutSiteName } from './title';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  image: string | null;
  /** schema.org `abstract` when the publisher gives one. */
  abstract: string | null;
  /** The byline names authors the publisher types as people (JSON-LD Person): a person's blog
   * may carry the author's name as its site's name, and the byline is still theirs. */
  bylineIsPerson: boolean;
  /** The publisher says this page is an article (JSON-LD Article type, or og:type article). */
  declaresArticle: boolean;
  /** The publisher declares the article, or a part of it, not free to read (schema.org
   * `isAccessibleForFree: false`, the markup search engines ask of paywalled pages). */
  paywalled: boolean;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|LiveBlogPosting)$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonLdObjects(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type]')).filter(
    (s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  );
  for (const script of scripts) {
    let parsed: unknown;
    try {
      // Many pages wrap the block in CDATA markers, a leftover of XHTML.
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // a broken block on the page must not break extraction
    }
    const queue = asArray(parsed);
    while (queue.length && objects.length < 200) {
      const item = queue.shift();
      if (!isObject(item)) continue;
      objects.push(item);
      queue.push(...asArray(item['@graph']));
    }
  }
  return objects;
}

function findArticleObject(objects: JsonObject[]): JsonObject | null {
  return (
    objects.find((obj) => asArray(obj['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) ?? null
  );
}

function stringField(value: unknown): string | null {
  if (typeof value === 'string') return normalizeSpace(value) || null;
  if (isObject(value) && typeof value.name === 'string') return normalizeSpace(value.name) || null;
  if (isObject(value) && typeof value.url === 'string') return value.url;
  return null;
}

/** "A", "A and B", "A, B and C": how a person writes a byline. */
export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names.map(normalizeSpace).filter(Boolean))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0];
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function isOrganizationType(type: unknown): boolean {
  return typeof type === 'string' && /Organization$|^(Corporation|NewsMediaOrganization|Brand)$/.test(type);
}

/** Some pages put a profile URL where a name belongs (article:author = a Facebook page). */
function notUrl(value: string | null): string | null {
  return value && !/^(https?:|www\.)/i.test(value) ? value : null;
}

/** Every <meta> tag's content by its property, name or itemprop, read in one pass over the page.
 * An attribute may list several ("og:title twitter:title", as RDFa allows). */
function metaTags(candidates: Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of candidates) {
    const content = normalizeSpace(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of el.getAttribute(attr)?.toLowerCase().split(/\s+/) ?? []) {
        if (key && !tags.has(key)) tags.set(key, content);
      }
    }
  }
  return tags;
}

function firstOf(tags: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/** schema.org's Boolean false, as publishers write it: false, "False", "false", schema.org/False. */
function isFalse(value: unknown): boolean {
  return (
    value === false || (typeof value === 'string' && /^\s*(false|(https?:\/\/)?schema\.org\/false)\s*$/i.test(value))
  );
}

/** `isAccessibleForFree: false` on the article or on one of its parts (`hasPart`). */
function declaresPaywall(ld: JsonObject | null): boolean {
  if (!ld) return false;
  return (
    isFalse(ld.isAccessibleForFree) ||
    asArray(ld.hasPart).some((part) => isObject(part) && isFalse(part.isAccessibleForFree))
  );
}

function typeIs(obj: JsonObject, type: string): boolean {
  return asArray(obj['@type']).includes(type);
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const objects = jsonLdObjects(doc);
  const ld = findArticleObject(objects);
  // <meta> belongs in <head>, and reading its children is far cheaper than searching the page; the
  // microdata kind (itemprop="datePublished" in the body) is looked for only when <head> lacks a key.
  const headTags = metaTags(Array.from(doc.head?.children ?? []).filter((el) => el.tagName.toUpperCase() === 'META'));
  let allTags: Map<string, string> | null = null;
  const meta = (...keys: string[]) =>
    firstOf(headTags, ...keys) ?? firstOf((allTags ??= metaTags(Array.from(doc.querySelectorAll('meta')))), ...keys);
  // An organization as "author" (BBC News, The Associated Press desk) is not a byline.
  const people = ld
    ? asArray(ld.author).filter((a) => !(isObject(a) && asArray(a['@type']).some(isOrganizationType)))
    : [];
  const authors = people
    .map((person) => cleanByline(stripMarkup(doc, stringField(person))))
    .filter((n): n is string => !!n && !/^https?:/.test(n));
  const canonicalHref = Array.from(doc.head?.children ?? [])
    .find((l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')
    ?.getAttribute('href');
  const ldImage = ld ? stringField(asArray(ld.image)[0]) : null;
  const text = (value: string | null) => stripMarkup(doc, decodeEntities(doc, value));
  const siteName = text((ld && stringField(ld.publisher)) || meta('og:site_name', 'application-name'));
  const declaredSiteNames = [
    siteName,
    meta('og:site_name'),
    meta('application-name'),
    meta('apple-mobile-web-app-title'),
    stringField(objects.find((obj) => typeIs(obj, 'WebSite'))?.name),
  ].filter((name): name is string => !!name);
  const title = chooseTitle(
    {
      headline: text(ld && stringField(ld.headline)),
      name: text(ld && typeof ld.name === 'string' ? ld.name : null),
      // Dublin Core first, then Open Graph, as Readability prefers them: a page that declares both gives
      // its own document title in Dublin Core and the one for sharing in Open Graph.
      metaTitles: [
        'dc:title',
        'dcterms:title',
        'dc.title',
        'dcterms.title',
        'og:title',
        'twitter:title',
        'parsely-title',
        'sailthru.title',
      ].map((key) => text(meta(key))),
      documentTitle: text(normalizeSpace(doc.title ?? '')),
    },
    { siteNames: declaredSiteNames, host: hostOf(pageUrl), headings: storyHeadings(doc, pageUrl, declaredSiteNames) },
  );
  const byline =
    joinNames(authors) ??
    cleanByline(
      text(
        notUrl(
          meta(
            'dc:creator',
            'dcterms:creator',
            'dc.creator',
            'author',
            'article:author',
            'parsely-author',
            'sailthru.author',
          ),
        ),
      ),
    );
  return {
    title,
    byline,
    siteName,
    publishedTime:
      (ld && stringField(ld.datePublished)) ||
      meta('article:published_time', 'datePublished', 'parsely-pub-date', 'date', 'pubdate') ||
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
      null,
    excerpt: text((ld && stringField(ld.description)) || meta('og:description', 'description')),
    canonicalUrl: absoluteUrl(canonicalHref, pageUrl),
    image: absoluteUrl(ldImage ?? meta('og:image', 'twitter:image'), pageUrl),
    abstract: ld ? stringField(ld.abstract) : null,
    bylineIsPerson: authors.length > 0 && people.every((person) => isObject(person) && typeIs(person, 'Person')),
    declaresArticle: ld !== null || meta('og:type') === 'article',
    paywalled: declaresPaywall(ld),
  };
}

/** A title as the page's <title> gives it often ends in " | Site name": drop that tail. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  return withoutSiteName(title, { siteNames: siteName ? [siteName] : [], host: '', headings: [] });
}
