// @vitest-environment jsdom
/** The popup's switch wired to the (fake) browser: a declined access request leaves it off and
 * says why; the request is made for the one site only. */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteSwitch } from '../components/SiteSwitch';
import { useSiteSwitch } from '../entrypoints/popup/use-site-switch';

function Harness({ url }: { url: string }) {
  const [site, change] = useSiteSwitch({ id: 3, url });
  return site ? <SiteSwitch site={site} onChange={change} /> : <p>no site</p>;
}

let request: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  request = vi.fn(async () => false);
  (fakeBrowser as unknown as { permissions: object }).permissions = { request };
  // No background in this test: messages fail, as they would if it could not be reached.
  vi.stubGlobal('chrome', undefined);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the per-site switch in the popup', () => {
  it('asks for the site only, and stays off with a reason when the user declines', async () => {
    const view = render(<Harness url="https://www.ksl.com/article/1" />);
    const input = (await view.findByRole('switch')) as HTMLInputElement;
    fireEvent.click(input);
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.ksl.com/*'] });
    await waitFor(() =>
      expect(view.getByRole('status').textContent).toMatch(/request for access to ksl.com was declined/),
    );
    expect(input.checked).toBe(false);
    expect(input.disabled).toBe(false);
  });

  it('is not offered on pages that are not web sites', () => {
    const view = render(<Harness url="chrome://settings/" />);
    expect(view.container.textContent).toBe('no site');
  });
});
