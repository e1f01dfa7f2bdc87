/** "Load pictures automatically" (local:autoImages): off by default, per site or everywhere,
 * validated on read — a bad part costs only itself — and a refused write changes nothing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AUTO_IMAGES_VERSION,
  autoImagesOn,
  readAutoImages,
  readSites,
  addSite,
  SettingsWriteError,
  setAutoImagesEverywhere,
  setAutoImagesForSite,
} from '../../extension/settings';

const local = () => fakeBrowser.storage.local;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('load pictures automatically', () => {
  it('is off by default: everywhere and on every site', async () => {
    const setting = await readAutoImages();
    expect(setting).toEqual({ everywhere: false, sites: [] });
    expect(autoImagesOn(setting, 'ksl.com')).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('per site: on for the chosen sites only, and off again', async () => {
    await setAutoImagesForSite('ksl.com', true);
    await setAutoImagesForSite('bbc.co.uk', true);
    await setAutoImagesForSite('ksl.com', true); // once only
    expect(await readAutoImages()).toEqual({ everywhere: false, sites: ['bbc.co.uk', 'ksl.com'] });
    expect(autoImagesOn(await readAutoImages(), 'ksl.com')).toBe(true);
    expect(autoImagesOn(await readAutoImages(), 'cnn.com')).toBe(false);
    await setAutoImagesForSite('ksl.com', false);
    expect((await readAutoImages()).sites).toEqual(['bbc.co.uk']);
  });

  it('everywhere: on for every site, and the per-site choices are kept for when it is off again', async () => {
    await setAutoImagesForSite('ksl.com', true);
    await setAutoImagesEverywhere(true);
    expect(autoImagesOn(await readAutoImages(), 'cnn.com')).toBe(true);
    expect(autoImagesOn(await readAutoImages(), null)).toBe(true);
    await setAutoImagesEverywhere(false);
    expect(await readAutoImages()).toEqual({ everywhere: false, sites: ['ksl.com'] });
  });

  it('a damaged value gives "off" for that part only, with a warning, and is not deleted', async () => {
    await local().set({
      autoImages: { everywhere: 'yes', sites: ['ksl.com', 42, 'not a domain', 'bbc.co.uk'] },
      autoImages$: { v: AUTO_IMAGES_VERSION },
    });
    expect(await readAutoImages()).toEqual({ everywhere: false, sites: ['ksl.com', 'bbc.co.uk'] });
    expect(warn).toHaveBeenCalled();
    await local().set({ autoImages: 'garbage' });
    expect(await readAutoImages()).toEqual({ everywhere: false, sites: [] });
    expect((await local().get('autoImages')).autoImages).toBe('garbage');
    await local().set({ autoImages: { everywhere: true, sites: 'ksl.com' } });
    expect(await readAutoImages()).toEqual({ everywhere: true, sites: [] });
  });

  it('does not touch the site list, nor the site list it', async () => {
    await addSite('ksl.com', 1);
    await local().set({ autoImages: null });
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 1 } });
    await setAutoImagesForSite('ksl.com', true);
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 1 } });
  });

  it('a refused write (full quota) throws SettingsWriteError and leaves the setting as it was', async () => {
    await setAutoImagesForSite('ksl.com', true);
    vi.spyOn(local(), 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(setAutoImagesEverywhere(true)).rejects.toBeInstanceOf(SettingsWriteError);
    vi.mocked(local().set).mockRestore();
    expect(await readAutoImages()).toEqual({ everywhere: false, sites: ['ksl.com'] });
  });
});
