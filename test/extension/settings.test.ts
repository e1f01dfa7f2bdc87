/** Per-site settings on WXT's fake browser: every value validated on read, a bad value costs only
 * itself, migrations from the first shape, and a refused write changes nothing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSite,
  pausedAllItem,
  readPausedAll,
  readSites,
  removeSite,
  SettingsWriteError,
  setPausedAll,
  sitesItem,
  SITES_VERSION,
} from '../../extension/settings';

const local = () => fakeBrowser.storage.local;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('site list', () => {
  it('starts empty, adds and removes sites, and keeps when each was added', async () => {
    expect(await readSites()).toEqual({});
    await addSite('ksl.com', 1_000);
    await addSite('bbc.co.uk', 2_000);
    await addSite('ksl.com', 3_000); // already there: unchanged
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 1_000 }, 'bbc.co.uk': { addedAt: 2_000 } });
    await removeSite('ksl.com');
    expect(await readSites()).toEqual({ 'bbc.co.uk': { addedAt: 2_000 } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('skips a bad entry on its own and keeps every valid one, warning about it', async () => {
    await local().set({
      sites: {
        'ksl.com': { addedAt: 1 },
        'bbc.co.uk': { addedAt: 'yesterday' },
        '<script>': { addedAt: 2 },
        'cnbc.com': null,
        'reuters.com': { addedAt: 3, extra: true },
      },
    });
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 1 }, 'reuters.com': { addedAt: 3 } });
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('falls back to no sites for a value of the wrong type or a truncated one — without deleting it', async () => {
    for (const bad of ['{"ksl.com":{"addedAt":1', 42, true]) {
      await local().set({ sites: bad });
      expect(await readSites()).toEqual({});
      expect((await local().get('sites')).sites).toEqual(bad); // reading never writes
    }
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('reads what it can of a value written by a newer Pith (unknown version), and leaves it stored', async () => {
    const newer = { 'ksl.com': { addedAt: 5, mode: 'reader' }, 'bbc.co.uk': { addedAt: 6 } };
    await local().set({ sites: newer, sites$: { v: SITES_VERSION + 1 } });
    await expect(sitesItem.migrate()).rejects.toThrow(/downgrade/);
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 5 }, 'bbc.co.uk': { addedAt: 6 } });
    expect((await local().get('sites')).sites).toEqual(newer);
  });

  it('migrates the version 1 shape (a list of domains) to version 2', async () => {
    await local().set({ sites: ['ksl.com', 'bbc.co.uk', 'not a domain'] });
    await sitesItem.migrate();
    expect((await local().get('sites')).sites).toEqual({ 'ksl.com': { addedAt: 0 }, 'bbc.co.uk': { addedAt: 0 } });
    expect((await local().get('sites$'))['sites$']).toEqual({ v: 2 });
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 0 }, 'bbc.co.uk': { addedAt: 0 } });
  });

  it('reads a version 1 list that was never migrated', async () => {
    await local().set({ sites: ['ksl.com'] });
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 0 } });
  });

  it('a refused write (full quota) throws SettingsWriteError and leaves the stored sites as they were', async () => {
    await addSite('ksl.com', 1);
    const set = vi.spyOn(local(), 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addSite('bbc.co.uk', 2)).rejects.toBeInstanceOf(SettingsWriteError);
    await expect(removeSite('ksl.com')).rejects.toBeInstanceOf(SettingsWriteError);
    set.mockRestore();
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 1 } });
  });

  it('a storage that cannot be read at all gives no sites, with a warning', async () => {
    vi.spyOn(local(), 'get').mockRejectedValue(new Error('IO error'));
    expect(await readSites()).toEqual({});
    expect(warn).toHaveBeenCalled();
  });
});

describe('pause on all sites', () => {
  it('is off by default, and stored as a boolean', async () => {
    expect(await readPausedAll()).toBe(false);
    await setPausedAll(true);
    expect(await readPausedAll()).toBe(true);
    expect(await pausedAllItem.getValue()).toBe(true);
  });

  it('a damaged pause value means "not paused" and does not touch the site list', async () => {
    await addSite('ksl.com', 1);
    await local().set({ pausedAll: 'yes' });
    expect(await readPausedAll()).toBe(false);
    expect(await readSites()).toEqual({ 'ksl.com': { addedAt: 1 } });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
