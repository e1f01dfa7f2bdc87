/** Keeps three things in step: the sites the user turned on (settings), the host access the browser
 * actually grants (the user may revoke it in the browser's own UI), and the one dynamic content
 * script that runs Pith by itself on those sites. Run by the background at start-up, on every
 * settings change and whenever the browser's permissions change. */
import { browser } from 'wxt/browser';
import { readPausedAll, readSites } from './settings';
import { siteForDomain } from './site';

export const AUTO_SCRIPT_ID = 'pith-auto';
export const AUTO_SCRIPT_FILE = 'content-scripts/auto.js';

export type SiteState = 'on' | 'paused' | 'no-access';

export interface SiteStatus {
  domain: string;
  addedAt: number;
  state: SiteState;
}

export async function hasAccess(domain: string): Promise<boolean> {
  return browser.permissions.contains({ origins: siteForDomain(domain).patterns }).catch(() => false);
}

/** Every enabled site with its effective state, sorted by name. */
export async function siteStatuses(): Promise<SiteStatus[]> {
  const [sites, paused] = await Promise.all([readSites(), readPausedAll()]);
  const statuses = await Promise.all(
    Object.entries(sites).map(async ([domain, entry]): Promise<SiteStatus> => {
      const state: SiteState = !(await hasAccess(domain)) ? 'no-access' : paused ? 'paused' : 'on';
      return { domain, addedAt: entry.addedAt, state };
    }),
  );
  return statuses.sort((a, b) => a.domain.localeCompare(b.domain));
}

/** The match patterns the auto-run script should have: sites that are on, with access, not paused. */
export function autoRunMatches(statuses: SiteStatus[]): string[] {
  return statuses.filter((site) => site.state === 'on').flatMap((site) => siteForDomain(site.domain).patterns);
}

/** Registers, updates or removes the auto-run content script so that it matches exactly the
 * sites that are on. Returns the patterns it now runs on. */
async function syncOnce(): Promise<string[]> {
  const matches = autoRunMatches(await siteStatuses());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: AUTO_SCRIPT_ID,
    matches,
    js: [AUTO_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

let lastSync: Promise<unknown> = Promise.resolve();

/** One sync at a time: two overlapping ones (start-up and a click) would both try to register. */
export function syncAutoRun(): Promise<string[]> {
  const run = lastSync.then(syncOnce, syncOnce);
  lastSync = run.catch(() => undefined);
  return run;
}
