/** The per-tab article cache, on WXT's fake browser (in-memory extension storage). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { articleCacheKey, cacheArticle, cachedArticle, forgetArticle } from '../extension/article-cache';
import { sampleArticle } from './sample-article';

const URL_A = 'https://news.example.com/a';
const article = sampleArticle();

beforeEach(() => fakeBrowser.reset());

describe('article cache', () => {
  it('gives back the article read in the same tab at the same URL', async () => {
    await cacheArticle(7, URL_A, article, { now: 1_000 });
    expect(await cachedArticle(7, URL_A, 2_000)).toEqual({ url: URL_A, savedAt: 1_000, source: 'popup', article });
  });

  it('remembers that per-site mode read the article', async () => {
    await cacheArticle(7, URL_A, article, { source: 'auto', now: 1_000 });
    expect((await cachedArticle(7, URL_A, 2_000))?.source).toBe('auto');
  });

  it('misses for another tab, another URL, an expired entry or no URL', async () => {
    await cacheArticle(7, URL_A, article, { now: 1_000 });
    expect(await cachedArticle(8, URL_A, 2_000)).toBeNull();
    expect(await cachedArticle(7, 'https://news.example.com/b', 2_000)).toBeNull();
    expect(await cachedArticle(7, URL_A, 1_000 + 11 * 60 * 1000)).toBeNull();
    expect(await cachedArticle(7, undefined)).toBeNull();
  });

  it('ignores a malformed entry instead of failing', async () => {
    await storage.setItem(articleCacheKey(7), { url: URL_A, savedAt: 'yesterday' });
    expect(await cachedArticle(7, URL_A)).toBeNull();
  });

  it('forgets a tab', async () => {
    await cacheArticle(7, URL_A, article, { now: 1_000 });
    await forgetArticle(7);
    expect(await cachedArticle(7, URL_A, 2_000)).toBeNull();
  });
});
