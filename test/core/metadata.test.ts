import { describe, expect, it } from 'vitest';
import { joinNames, readMetadata, stripSiteSuffix } from '../../core/metadata';
import { documentFrom, prose } from './html';
import { extractArticle } from '../../core/extract';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('readMetadata', () => {
  it('prefers JSON-LD, found inside an @graph too', () => {
    const doc = documentFrom('', {
      head:
        ld({
          '@graph': [
            { '@type': 'WebSite', name: 'Site' },
            {
              '@type': 'NewsArticle',
              headline: 'LD headline',
              datePublished: '2026-01-02T03:04:05Z',
              author: [{ '@type': 'Person', name: 'A One' }, { name: 'B Two' }, 'C Three'],
              publisher: { name: 'Pub' },
            },
          ],
        }) + '<meta property="og:title" content="OG title">',
    });
    const meta = readMetadata(doc, doc.URL);
    expect(meta).toMatchObject({
      title: 'LD headline',
      byline: 'A One, B Two and C Three',
      publishedTime: '2026-01-02T03:04:05Z',
      siteName: 'Pub',
    });
  });

  it('falls back to OpenGraph and meta tags, and survives broken JSON-LD', () => {
    const doc = documentFrom('', {
      head: '<script type="application/ld+json">{ broken</script><meta property="og:title" content="OG &amp; title"><meta property="og:site_name" content="Site"><meta name="author" content="Dee Four"><meta property="article:published_time" content="2025-05-06">',
    });
    expect(readMetadata(doc, doc.URL)).toMatchObject({
      title: 'OG & title',
      siteName: 'Site',
      byline: 'Dee Four',
      publishedTime: '2025-05-06',
    });
  });

  it('never takes an organization or a profile URL as the byline', () => {
    const doc = documentFrom('', {
      head:
        ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'NewsMediaOrganization', name: 'BBC News' } }) +
        '<meta property="article:author" content="https://www.facebook.com/SomePage">',
    });
    expect(readMetadata(doc, doc.URL).byline).toBeNull();
  });

  it('resolves the canonical URL and share image against the page', () => {
    const doc = documentFrom('', {
      head: '<link rel="canonical" href="/canonical/path"><meta property="og:image" content="img/a.jpg">',
      url: 'https://news.example.com/x/y?utm=1',
    });
    const meta = readMetadata(doc, doc.URL);
    expect(meta.canonicalUrl).toBe('https://news.example.com/canonical/path');
    expect(meta.image).toBe('https://news.example.com/x/img/a.jpg');
  });

  it('ignores a javascript: canonical link', () => {
    const doc = documentFrom('', { head: '<link rel="canonical" href="javascript:alert(1)">' });
    expect(readMetadata(doc, doc.URL).canonicalUrl).toBeNull();
  });
});

describe('joinNames and stripSiteSuffix', () => {
  it('writes names as a person would, without repeats', () => {
    expect(joinNames(['A', 'B', 'A'])).toBe('A and B');
    expect(joinNames([])).toBeNull();
  });
  it("drops a trailing site name from a page's <title>", () => {
    expect(stripSiteSuffix('Story title | KSL.com', 'KSL.com')).toBe('Story title');
    expect(stripSiteSuffix('Story title | Other', 'KSL.com')).toBe('Story title | Other');
  });
});

describe('readMetadata microdata', () => {
  it('finds itemprop meta tags in the body when <head> has none', () => {
    const doc = documentFrom('<article><meta itemprop="datePublished" content="2024-02-03"><h1>T</h1></article>', {
      head: '<title>T</title>',
    });
    expect(readMetadata(doc, doc.URL).publishedTime).toBe('2024-02-03');
  });
});

describe('readMetadata keeps metadata as plain text', () => {
  it('drops markup from the title and byline', () => {
    const doc = documentFrom('', {
      head: '<meta property="og:title" content="A &lt;b&gt;bold&lt;/b&gt; title"><meta name="author" content="&lt;script&gt;x()&lt;/script&gt;Ann Lee">',
    });
    const meta = readMetadata(doc, doc.URL);
    expect(meta.title).toBe('A bold title');
    expect(meta.byline).not.toContain('<');
  });
});

describe('readMetadata: a declared paywall', () => {
  const paywalled = (article: object) => {
    const doc = documentFrom('', { head: ld({ '@type': 'NewsArticle', headline: 'H', ...article }) });
    return readMetadata(doc, doc.URL).paywalled;
  };
  it('reads isAccessibleForFree false, as a boolean or a string, on the article or a part of it', () => {
    expect(paywalled({ isAccessibleForFree: false })).toBe(true);
    expect(paywalled({ isAccessibleForFree: 'False' })).toBe(true);
    expect(paywalled({ isAccessibleForFree: 'false' })).toBe(true);
    expect(paywalled({ isAccessibleForFree: 'https://schema.org/False' })).toBe(true);
    expect(
      paywalled({
        isAccessibleForFree: true,
        hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.paywall' },
      }),
    ).toBe(true);
    expect(
      paywalled({
        hasPart: [
          { '@type': 'WebPageElement', isAccessibleForFree: true },
          { '@type': 'WebPageElement', isAccessibleForFree: false },
        ],
      }),
    ).toBe(true);
  });
  it('is false for a free article or none declared', () => {
    expect(paywalled({ isAccessibleForFree: true })).toBe(false);
    expect(paywalled({ isAccessibleForFree: 'True' })).toBe(false);
    expect(paywalled({})).toBe(false);
  });
  it('gives a teaser from such a page the paywall warning', () => {
    const head = ld({
      '@type': 'NewsArticle',
      headline: 'Budget vote',
      isAccessibleForFree: 'False',
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.premium' },
    });
    const doc = documentFrom(
      `<article><h1>Budget vote</h1>${prose('The mayor', 3)}<div class="premium"></div></article>`,
      { head },
    );
    const result = extractArticle(doc, doc.URL);
    expect(result.ok && result.article.warning?.kind).toBe('paywall');
    const free = documentFrom(`<article><h1>Budget vote</h1>${prose('The mayor', 3)}</article>`, {
      head: ld({ '@type': 'NewsArticle', headline: 'Budget vote' }),
    });
    const freeResult = extractArticle(free, free.URL);
    expect(freeResult.ok && freeResult.article.warning).toBeNull();
  });
});
