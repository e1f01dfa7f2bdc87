/** Article metadata from the publisher's own declarations: JSON-LD first (the most precise), then
 * OpenGraph / article meta tags. Readability's guesses are only a fallback (see extract.ts). */
import { absoluteUrl, normalizeSpace } from './dom';

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
  /** The publisher says this page is an article (JSON-LD Article type, or og:type article). */
  declaresArticle: boolean;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|LiveBlogPosting)$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonLdObjects(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type]')).filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
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

function findArticleObject(doc: Document): JsonObject | null {
  return (
    jsonLdObjects(doc).find((obj) => asArray(obj['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) ??
    null
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

/** Every <meta> tag's content by its property, name or itemprop, read in one pass over the page. */
function metaTags(candidates: Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of candidates) {
    const content = normalizeSpace(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
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

/** Metadata is text, but some publishers put markup in it (`<b>` in og:title, worse in hostile
 * pages): keep the words, drop anything shaped like a tag. */
function plain(text: string | null): string | null {
  if (!text || !text.includes('<')) return text;
  return normalizeSpace(text.replace(/<\/?[a-z!][^>]*>?/gi, ' ')) || null;
}

function decodeEntities(doc: Document, text: string | null): string | null {
  if (!text || !text.includes('&')) return text;
  const el = doc.createElement('textarea');
  el.innerHTML = text;
  return el.value;
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = findArticleObject(doc);
  // <meta> belongs in <head>, and reading its children is far cheaper than searching the page; the
  // microdata kind (itemprop="datePublished" in the body) is looked for only when <head> lacks a key.
  const headTags = metaTags(Array.from(doc.head?.children ?? []).filter((el) => el.tagName.toUpperCase() === 'META'));
  let allTags: Map<string, string> | null = null;
  const meta = (...keys: string[]) =>
    firstOf(headTags, ...keys) ?? firstOf((allTags ??= metaTags(Array.from(doc.querySelectorAll('meta')))), ...keys);
  // An organization as "author" (BBC News, The Associated Press desk) is not a byline.
  const people = ld ? asArray(ld.author).filter((a) => !(isObject(a) && asArray(a['@type']).some(isOrganizationType))) : [];
  const authors = people.map(stringField).filter((n): n is string => !!n && !/^https?:/.test(n));
  const canonicalHref = Array.from(doc.head?.children ?? []).find((l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')?.getAttribute('href');
  const ldImage = ld ? stringField(asArray(ld.image)[0]) : null;
  return {
    title: plain(decodeEntities(doc, (ld && stringField(ld.headline)) || meta('og:title', 'twitter:title'))),
    byline: plain(joinNames(authors) ?? notUrl(meta('author', 'article:author', 'parsely-author', 'sailthru.author'))),
    siteName: plain((ld && stringField(ld.publisher)) || meta('og:site_name', 'application-name')),
    publishedTime:
      (ld && stringField(ld.datePublished)) ||
      meta('article:published_time', 'datePublished', 'parsely-pub-date', 'date', 'pubdate') ||
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
      null,
    excerpt: plain(decodeEntities(doc, (ld && stringField(ld.description)) || meta('og:description', 'description'))),
    canonicalUrl: absoluteUrl(canonicalHref, pageUrl),
    image: absoluteUrl(ldImage ?? meta('og:image', 'twitter:image'), pageUrl),
    abstract: ld ? stringField(ld.abstract) : null,
    declaresArticle: ld !== null || meta('og:type') === 'article',
  };
}

/** A title as the page's <title> gives it often ends in " | Site name": drop that tail. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·:-]\s+/);
  if (parts.length > 1 && siteName && parts[parts.length - 1].toLowerCase() === siteName.toLowerCase()) {
    return title.slice(0, title.length - parts[parts.length - 1].length).replace(/\s+[|–—·:-]\s+$/, '');
  }
  return title;
}
