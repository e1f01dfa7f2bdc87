/** Which site a page belongs to: the registrable domain from the public-suffix list. */
import { describe, expect, it } from 'vitest';
import { isDomainName, siteForDomain, siteOf } from '../../extension/site';

describe('siteOf', () => {
  it('uses the registrable domain, subdomains included', () => {
    expect(siteOf('https://www.ksl.com/article/51423015/x')).toEqual({
      domain: 'ksl.com',
      patterns: ['*://*.ksl.com/*'],
    });
    expect(siteOf('http://video.ksl.com/')?.domain).toBe('ksl.com');
  });

  it('knows multi-part public suffixes and private ones (github.io users are separate sites)', () => {
    expect(siteOf('https://news.bbc.co.uk/a')?.domain).toBe('bbc.co.uk');
    expect(siteOf('https://alice.github.io/blog')?.domain).toBe('alice.github.io');
  });

  it('treats an IP address or localhost as a site of its own, on any port', () => {
    expect(siteOf('http://127.0.0.1:8080/x')).toEqual({ domain: '127.0.0.1', patterns: ['*://127.0.0.1/*'] });
    expect(siteOf('http://localhost:3000/')).toEqual({ domain: 'localhost', patterns: ['*://localhost/*'] });
  });

  it('has no site for pages per-site mode does not apply to', () => {
    for (const url of [
      'chrome://extensions/',
      'file:///home/a.html',
      'about:blank',
      'moz-extension://x/popup.html',
      undefined,
      '',
    ]) {
      expect(siteOf(url)).toBeNull();
    }
  });
});

describe('stored domain names', () => {
  it('accepts host names and IPs, rejects anything else', () => {
    expect(isDomainName('ksl.com')).toBe(true);
    expect(isDomainName('127.0.0.1')).toBe(true);
    for (const bad of ['', 'KSL.COM', '*.ksl.com', 'ksl.com/x', 'a b', 42, null, 'x'.repeat(300)])
      expect(isDomainName(bad)).toBe(false);
  });

  it('gives a stored domain its patterns', () => {
    expect(siteForDomain('bbc.co.uk').patterns).toEqual(['*://*.bbc.co.uk/*']);
  });
});

describe('badge', () => {
  it('shows the number of takeaways, or a check mark when there are none', async () => {
    const { badgeText } = await import('../../extension/badge');
    const { sampleArticle } = await import('../sample-article');
    expect(badgeText(sampleArticle())).toBe('2');
    expect(badgeText(sampleArticle({ takeaways: null }))).toBe('✓');
  });
});
