/** Every page the browser keeps Pith out of, and every way reading a tab fails, gets a message in
 * plain words saying what the user can do — never the browser's own error text. The error strings
 * are the ones Chromium and Firefox give (copied from their refusals). */
import { describe, expect, it, vi } from 'vitest';
import { restrictedPageMessage } from '../entrypoints/popup/restricted-pages';
import { readFailure } from '../entrypoints/popup/read-failures';

describe('restrictedPageMessage (from the address, before trying)', () => {
  it.each([
    ['chrome://settings/', /browser's own pages/],
    ['about:addons', /browser's own pages/],
    ['edge://flags', /browser's own pages/],
    ['chrome-extension://abc/popup.html', /belongs to an extension/],
    ['view-source:https://example.com/', /source view\. Open the page itself/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['https://example.com/report.pdf', /PDF viewer\. Pith reads web pages only/],
    ['data:text/html,hi', /no address Pith can read\. Open an article on the web/],
  ])('%s gets its own message', (url, message) => {
    expect(restrictedPageMessage(url)).toMatch(message);
  });

  it('lets ordinary pages (and unknown URLs) through to the extractor', () => {
    expect(restrictedPageMessage('https://www.ksl.com/article/1/x')).toBeNull();
    expect(restrictedPageMessage('https://example.com/pdf-guide')).toBeNull();
    expect(restrictedPageMessage(undefined)).toBeNull();
  });
});

describe('readFailure: what the browser said → a message with what to do', () => {
  const URL = 'https://news.example.com/story';
  it.each([
    // [browser error, status, what the message says, what it tells the user to do]
    [
      'Frame with ID 0 is showing error page',
      'error',
      /browser's error page/,
      /Check the address and your connection, reload/,
    ],
    ['Cannot access a chrome:// URL', 'restricted', /browser's own pages/, /Extensions can't read it/],
    ['Cannot access a edge:// URL', 'restricted', /browser's own pages/, /Extensions can't read it/],
    [
      'Cannot access a chrome-extension:// URL of different extension',
      'restricted',
      /belongs to an extension/,
      /can't read it/,
    ],
    ['The extensions gallery cannot be scripted.', 'restricted', /extension store/, /don't let extensions/],
    ['No tab with id: 7.', 'error', /tab was closed or moved on/, /Open the article again and click Pith/],
    ['Frame with ID 0 was removed.', 'error', /tab was closed or moved on/, /Open the article again/],
    [
      'Could not establish connection. Receiving end does not exist.',
      'error',
      /updated or restarted/,
      /Reload the page/,
    ],
    ['Extension context invalidated.', 'error', /updated or restarted/, /Reload the page/],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'restricted',
      /does not let extensions read this page/,
      /Open an article on the web/,
    ],
    [
      'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.',
      'restricted',
      /does not let extensions/,
      /click Pith there/,
    ],
    ['Missing host permission for the tab', 'restricted', /does not let extensions/, /Open an article on the web/],
    ['timeout', 'error', /did not answer in time/, /Reload it and try again/],
  ])('"%s"', (error, status, says, todo) => {
    const state = readFailure(new Error(error), URL);
    expect(state.status).toBe(status);
    const message = (state as { message: string }).message;
    expect(message).toMatch(says);
    expect(message).toMatch(todo);
    expect(message).not.toContain(error);
  });

  it('a local file Pith may not read says how to allow it', () => {
    const state = readFailure(
      new Error('Cannot access contents of url "file:///home/a/story.html".'),
      'file:///home/a/story.html',
    );
    expect(state).toEqual({ status: 'restricted', message: expect.stringMatching(/Allow access to file URLs/) });
    // Even when the address is unknown, the refusal names a file URL.
    expect(readFailure(new Error('Cannot access contents of url "file:///x.html".'), undefined)).toEqual(state);
  });

  it('an error nobody foresaw gets the general message, and the raw text only in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const state = readFailure(new Error('Script returned a value that could not be cloned'), URL);
    expect(state).toEqual({
      status: 'error',
      message: expect.stringMatching(/^Pith could not read this page\. Reload it and try again/),
    });
    expect((state as { message: string }).message).not.toMatch(/cloned/);
    expect(warn).toHaveBeenCalledWith(
      'Pith could not read the tab:',
      'Script returned a value that could not be cloned',
    );
    warn.mockRestore();
  });
});
