import { describe, expect, it } from 'vitest';
import { restrictedPageMessage } from '../entrypoints/popup/restricted-pages';

describe('restrictedPageMessage', () => {
  it.each([
    ['chrome://settings/', /browser's own pages/],
    ['about:addons', /browser's own pages/],
    ['edge://flags', /browser's own pages/],
    ['chrome-extension://abc/popup.html', /belongs to an extension/],
    ['view-source:https://example.com/', /source view/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['https://example.com/report.pdf', /PDF/],
    ['data:text/html,hi', /no address/],
  ])('%s gets its own message', (url, message) => {
    expect(restrictedPageMessage(url)).toMatch(message);
  });

  it('lets ordinary pages (and unknown URLs) through to the extractor', () => {
    expect(restrictedPageMessage('https://www.ksl.com/article/1/x')).toBeNull();
    expect(restrictedPageMessage('https://example.com/pdf-guide')).toBeNull();
    expect(restrictedPageMessage(undefined)).toBeNull();
  });
});
