/** The site asked for while the browser's prompt is open (Chrome closes the popup meanwhile). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberPendingSite, takeGrantedPendingSite } from '../../extension/pending-site';

beforeEach(() => fakeBrowser.reset());

describe('pending site', () => {
  it('is answered by a grant of its own pattern, once', async () => {
    await rememberPendingSite('ksl.com', 7, 1_000);
    expect(await takeGrantedPendingSite(['*://*.ksl.com/*'], 2_000)).toEqual({
      domain: 'ksl.com',
      tabId: 7,
      askedAt: 1_000,
    });
    expect(await takeGrantedPendingSite(['*://*.ksl.com/*'], 2_000)).toBeNull();
  });

  it('is not answered by a grant for another site, or by a grant long after the question', async () => {
    await rememberPendingSite('ksl.com', 7, 1_000);
    expect(await takeGrantedPendingSite(['*://*.bbc.co.uk/*'], 2_000)).toBeNull();
    expect(await takeGrantedPendingSite(['*://*.ksl.com/*'], 1_000 + 6 * 60 * 1000)).toBeNull();
    expect(await takeGrantedPendingSite(undefined, 2_000)).toBeNull();
  });
});
