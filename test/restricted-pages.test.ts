import { describe, expect, it } from 'vitest';
import { GENERAL_RESTRICTED_MESSAGE, refusalMessage, restrictedPageMessage } from '../entrypoints/popup/restricted-pages';

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

describe('refusalMessage (no address known: what the browser said when it refused)', () => {
  it.each([
    ['Cannot access a chrome:// URL', /browser's own pages/],
    ['Cannot access a edge:// URL', /browser's own pages/],
    ['The extensions gallery cannot be scripted.', /extension store/],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', /does not let extensions/],
    ['Missing host permission for the tab', /does not let extensions/],
  ])('"%s"', (error, message) => {
    expect(refusalMessage(error)).toMatch(message);
  });

  it('is not about other failures', () => {
    expect(refusalMessage('No tab with id: 7.')).toBeNull();
    expect(GENERAL_RESTRICTED_MESSAGE).toBe('Your browser does not let extensions read this page.');
  });
});
