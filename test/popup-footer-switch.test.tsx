// @vitest-environment jsdom
/** Where the popup offers the per-site switch: on an article or a site's page that is not one, and
 * on a web page Pith may not read yet (turning the site on gives the access) — never while loading,
 * nor on an empty, error or protected page. */
import { describe, expect, it } from 'vitest';
import { offersSiteSwitch } from '../entrypoints/popup/App';
import { sampleArticle } from './sample-article';

const WEB = 'https://www.ksl.com/article/1/story';

describe('offersSiteSwitch', () => {
  it('on an article and on a page of the site that is not one', () => {
    expect(offersSiteSwitch({ status: 'article', article: sampleArticle() }, WEB)).toBe(true);
    expect(
      offersSiteSwitch({ status: 'problem', problem: { kind: 'not-article', message: '' }, canTryAnyway: true }, WEB),
    ).toBe(true);
  });

  it('on a web page Pith has no access to yet', () => {
    expect(offersSiteSwitch({ status: 'restricted', message: 'no access' }, WEB)).toBe(true);
  });

  it('not while loading, nor on an empty, broken or error page, nor on a page browsers protect', () => {
    expect(offersSiteSwitch({ status: 'loading' }, WEB)).toBe(false);
    expect(
      offersSiteSwitch({ status: 'problem', problem: { kind: 'empty', message: '' }, canTryAnyway: false }, WEB),
    ).toBe(false);
    expect(offersSiteSwitch({ status: 'error', message: "the browser's error page" }, WEB)).toBe(false);
    expect(
      offersSiteSwitch({ status: 'restricted', message: 'store' }, 'https://chromewebstore.google.com/detail/x'),
    ).toBe(false);
    expect(offersSiteSwitch({ status: 'restricted', message: 'browser page' }, undefined)).toBe(false);
    expect(offersSiteSwitch({ status: 'article', article: sampleArticle() }, 'https://example.com/report.pdf')).toBe(
      false,
    );
  });
});
