/** The last article read in each tab, kept in session storage (memory only, gone when the browser
 * closes) so that opening the popup again on the same page is instant — and, in per-site mode,
 * so that the popup shows what the auto-run script already read. Keyed by tab, checked against
 * the tab's URL; entries expire so a changing page is read afresh. */
import { storage } from 'wxt/utils/storage';
import type { Article } from '../core/article';

const MAX_AGE_MS = 10 * 60 * 1000;

/** Who read the article: the popup on a toolbar click, or per-site mode's auto-run script. */
export type ArticleSource = 'popup' | 'auto';

export interface CachedArticle {
  url: string;
  savedAt: number;
  source: ArticleSource;
  article: Article;
}

export const articleCacheKey = (tabId: number) => `session:article-${tabId}` as const;

function isCachedArticle(value: unknown): value is CachedArticle {
  const entry = value as CachedArticle | null;
  return (
    !!entry &&
    typeof entry.url === 'string' &&
    typeof entry.savedAt === 'number' &&
    (entry.source === 'popup' || entry.source === 'auto') &&
    typeof entry.article?.title === 'string'
  );
}

export async function cachedArticle(
  tabId: number,
  url: string | undefined,
  now = Date.now(),
): Promise<CachedArticle | null> {
  if (!url) return null;
  const entry = await storage.getItem<unknown>(articleCacheKey(tabId)).catch(() => null);
  if (!isCachedArticle(entry) || entry.url !== url || now - entry.savedAt > MAX_AGE_MS) return null;
  return entry;
}

export async function cacheArticle(
  tabId: number,
  url: string | undefined,
  article: Article,
  { source = 'popup', now = Date.now() }: { source?: ArticleSource; now?: number } = {},
): Promise<void> {
  if (!url) return;
  const entry: CachedArticle = { url, savedAt: now, source, article };
  // A full session storage must not break reading: the cache is only a shortcut.
  await storage.setItem(articleCacheKey(tabId), entry).catch(() => undefined);
}

export async function forgetArticle(tabId: number): Promise<void> {
  await storage.removeItem(articleCacheKey(tabId)).catch(() => undefined);
}
