/** The permission ↔ registration sync, on WXT's fake browser with in-memory permissions and
 * scripting: the auto-run script matches exactly the sites that are on, have access, and are not
 * paused — whatever order things happened in. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, setPausedAll } from '../../extension/settings';
import { AUTO_SCRIPT_FILE, AUTO_SCRIPT_ID, siteStatuses, syncAutoRun } from '../../extension/site-access';
import { installFakeSiteApis, type FakeSiteApis } from './fake-site-apis';

let apis: FakeSiteApis;

beforeEach(() => {
  fakeBrowser.reset();
  apis = installFakeSiteApis();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const registeredMatches = () => apis.scripts.get(AUTO_SCRIPT_ID)?.matches ?? null;

describe('syncAutoRun', () => {
  it('registers nothing while no site is on', async () => {
    expect(await syncAutoRun()).toEqual([]);
    expect(apis.scripts.size).toBe(0);
  });

  it('registers one persisted script for the sites that are on and have access', async () => {
    apis.granted.add('*://*.ksl.com/*');
    await addSite('ksl.com', 1);
    await syncAutoRun();
    expect(apis.scripts.get(AUTO_SCRIPT_ID)).toEqual({
      id: AUTO_SCRIPT_ID,
      matches: ['*://*.ksl.com/*'],
      js: [AUTO_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    apis.granted.add('*://*.bbc.co.uk/*');
    await addSite('bbc.co.uk', 2);
    await syncAutoRun();
    expect(registeredMatches()).toEqual(['*://*.bbc.co.uk/*', '*://*.ksl.com/*']);
  });

  it('leaves out a site whose access the user revoked in the browser, and shows it as such', async () => {
    apis.granted.add('*://*.ksl.com/*');
    await addSite('ksl.com', 1);
    await addSite('bbc.co.uk', 2); // stored, but the browser never granted (or took back) access
    await syncAutoRun();
    expect(registeredMatches()).toEqual(['*://*.ksl.com/*']);
    expect(await siteStatuses()).toEqual([
      { domain: 'bbc.co.uk', addedAt: 2, state: 'no-access' },
      { domain: 'ksl.com', addedAt: 1, state: 'on' },
    ]);
    apis.granted.delete('*://*.ksl.com/*');
    await syncAutoRun();
    expect(apis.scripts.size).toBe(0);
  });

  it('"pause on all sites" unregisters everything and keeps the sites; unpausing brings them back', async () => {
    apis.granted.add('*://*.ksl.com/*');
    await addSite('ksl.com', 1);
    await syncAutoRun();
    await setPausedAll(true);
    await syncAutoRun();
    expect(apis.scripts.size).toBe(0);
    expect((await siteStatuses()).map((site) => site.state)).toEqual(['paused']);
    await setPausedAll(false);
    await syncAutoRun();
    expect(registeredMatches()).toEqual(['*://*.ksl.com/*']);
  });

  it('re-registers after an update dropped the dynamic scripts (start-up sync)', async () => {
    apis.granted.add('*://*.ksl.com/*');
    await addSite('ksl.com', 1);
    await syncAutoRun();
    apis.scripts.clear(); // what an extension update does to dynamic content scripts
    await syncAutoRun();
    expect(registeredMatches()).toEqual(['*://*.ksl.com/*']);
  });

  it('overlapping syncs (start-up and a click at once) do not register twice', async () => {
    apis.granted.add('*://*.ksl.com/*');
    await addSite('ksl.com', 1);
    await Promise.all([syncAutoRun(), syncAutoRun(), syncAutoRun()]);
    expect(registeredMatches()).toEqual(['*://*.ksl.com/*']);
  });

  it('damaged settings do not stop the valid sites from running', async () => {
    apis.granted.add('*://*.ksl.com/*');
    await fakeBrowser.storage.local.set({ sites: { 'ksl.com': { addedAt: 1 }, 'bad site': 7 }, pausedAll: 'maybe' });
    await syncAutoRun();
    expect(registeredMatches()).toEqual(['*://*.ksl.com/*']);
  });
});
