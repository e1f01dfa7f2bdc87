/** Per-site settings, in extension storage (local: survives browser restart and extension update).
 *
 * Two independent items, so that a damaged one never costs the other:
 * - `local:sites`: the sites the user turned Pith on for, one entry per registrable domain;
 * - `local:pausedAll`: the options page's "pause on all sites";
 * - `local:generatedKeyPoints`: show key points Chrome or Pith made when the page has none.
 *
 * Every value is validated when read. A value of the wrong type, a truncated one, or one written by a
 * newer version of Pith gives the safe default *for that value only*, with a console warning; a bad
 * entry in the site list is skipped on its own, and the valid entries around it are kept. Nothing
 * here deletes stored data on read: only the user's own changes write. */
import { storage } from 'wxt/utils/storage';
import { isDomainName } from './site';

export interface SiteEntry {
  /** When the user turned Pith on for the site (ms since epoch). */
  addedAt: number;
}

export type SiteEntries = Record<string, SiteEntry>;

/** Version history of `local:sites`:
 * 1 — a plain list of domain names (`["ksl.com"]`), the first shape of the setting;
 * 2 — an object keyed by domain, each entry with when it was added (room for per-site options). */
export const SITES_VERSION = 2;

export function migrateSitesV1toV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value; // not a v1 list: leave it to validation on read
  const entries: SiteEntries = {};
  for (const domain of value) if (isDomainName(domain)) entries[domain] = { addedAt: 0 };
  return entries;
}

export const sitesItem = storage.defineItem<unknown>('local:sites', {
  fallback: {},
  version: SITES_VERSION,
  migrations: { 2: migrateSitesV1toV2 },
});

export const pausedAllItem = storage.defineItem<unknown>('local:pausedAll', { fallback: false });

/** Key points made on the device (Chrome's Summarizer, else Pith's picker); on unless turned off.
 * The publisher's own takeaways are part of the article and always shown. */
export const generatedKeyPointsItem = storage.defineItem<unknown>('local:generatedKeyPoints', { fallback: true });

function warn(message: string, value?: unknown): void {
  console.warn(`Pith settings: ${message}`, value === undefined ? '' : value);
}

function isSiteEntry(value: unknown): value is SiteEntry {
  const entry = value as SiteEntry | null;
  return (
    typeof entry === 'object' && entry !== null && typeof entry.addedAt === 'number' && Number.isFinite(entry.addedAt)
  );
}

/** The valid entries of a stored site list; anything else is skipped with a warning. */
export function validateSites(value: unknown): SiteEntries {
  // A v1 list that was never migrated (the migration failed, or storage was restored from an old copy).
  if (Array.isArray(value)) return validateSites(migrateSitesV1toV2(value));
  if (typeof value !== 'object' || value === null) {
    warn('the site list is not readable; starting from no sites.', value);
    return {};
  }
  const entries: SiteEntries = {};
  for (const [domain, entry] of Object.entries(value)) {
    if (isDomainName(domain) && isSiteEntry(entry)) entries[domain] = { addedAt: entry.addedAt };
    else warn(`skipping an unreadable entry for "${domain.slice(0, 80)}".`, entry);
  }
  return entries;
}

async function readRaw(item: { getValue(): Promise<unknown> }, what: string): Promise<unknown> {
  try {
    return await item.getValue();
  } catch (error) {
    warn(`could not read ${what}.`, error);
    return undefined;
  }
}

export async function readSites(): Promise<SiteEntries> {
  const raw = await readRaw(sitesItem, 'the site list');
  return raw === undefined ? {} : validateSites(raw);
}

export async function readPausedAll(): Promise<boolean> {
  const raw = await readRaw(pausedAllItem, 'the pause setting');
  if (typeof raw === 'boolean') return raw;
  warn('the pause setting is not readable; Pith is not paused.', raw);
  return false;
}

export async function readGeneratedKeyPoints(): Promise<boolean> {
  const raw = await readRaw(generatedKeyPointsItem, 'the key points setting');
  if (typeof raw === 'boolean') return raw;
  warn('the key points setting is not readable; key points are shown.', raw);
  return true;
}

/** Thrown when the browser refuses to store a change (a full storage quota, say): the caller tells
 * the user, and the previous settings stay as they were. */
export class SettingsWriteError extends Error {}

async function write(item: { setValue(value: unknown): Promise<void> }, value: unknown): Promise<void> {
  try {
    await item.setValue(value);
  } catch (error) {
    warn('could not save the change.', error);
    throw new SettingsWriteError(error instanceof Error ? error.message : String(error));
  }
}

export async function addSite(domain: string, now = Date.now()): Promise<void> {
  const sites = await readSites();
  if (!sites[domain]) await write(sitesItem, { ...sites, [domain]: { addedAt: now } });
}

export async function removeSite(domain: string): Promise<void> {
  const sites = await readSites();
  if (!sites[domain]) return;
  const rest = { ...sites };
  delete rest[domain];
  await write(sitesItem, rest);
}

export async function setPausedAll(paused: boolean): Promise<void> {
  await write(pausedAllItem, paused);
}

/** Written by the options page itself, not through the background: a display choice, with no
 * permission or tab to keep in step. */
export async function setGeneratedKeyPoints(shown: boolean): Promise<void> {
  await write(generatedKeyPointsItem, shown);
}

/** "Load pictures automatically": everywhere, or on the sites the user chose in the popup. Off by
 * default — a picture shown by Pith is a request to the publisher that Pith made (README, "Security
 * and privacy"). One item of its own (`local:autoImages`), validated like the others. */
export interface AutoImages {
  everywhere: boolean;
  /** Registrable domains, as `siteOf` gives them. */
  sites: string[];
}

export const AUTO_IMAGES_VERSION = 1;
export const NO_AUTO_IMAGES: AutoImages = { everywhere: false, sites: [] };

export const autoImagesItem = storage.defineItem<unknown>('local:autoImages', {
  fallback: NO_AUTO_IMAGES,
  version: AUTO_IMAGES_VERSION,
});

/** The valid parts of a stored picture setting: a wrong `everywhere` is off, a bad site is skipped. */
export function validateAutoImages(value: unknown): AutoImages {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    warn('the picture setting is not readable; pictures load when asked.', value);
    return { ...NO_AUTO_IMAGES, sites: [] };
  }
  const { everywhere, sites } = value as Partial<Record<keyof AutoImages, unknown>>;
  if (everywhere !== undefined && typeof everywhere !== 'boolean')
    warn('"load pictures everywhere" is not readable; it is off.', everywhere);
  const valid: string[] = [];
  if (sites !== undefined && !Array.isArray(sites))
    warn('the picture sites are not readable; starting from none.', sites);
  for (const domain of Array.isArray(sites) ? sites : []) {
    if (isDomainName(domain) && !valid.includes(domain)) valid.push(domain);
    else if (!isDomainName(domain)) warn(`skipping an unreadable picture site "${String(domain).slice(0, 80)}".`);
  }
  return { everywhere: everywhere === true, sites: valid };
}

export async function readAutoImages(): Promise<AutoImages> {
  const raw = await readRaw(autoImagesItem, 'the picture setting');
  return raw === undefined ? { ...NO_AUTO_IMAGES, sites: [] } : validateAutoImages(raw);
}

export function autoImagesOn(setting: AutoImages, domain: string | null | undefined): boolean {
  return setting.everywhere || (!!domain && setting.sites.includes(domain));
}

export async function setAutoImagesEverywhere(on: boolean): Promise<void> {
  const current = await readAutoImages();
  await write(autoImagesItem, { ...current, everywhere: on });
}

export async function setAutoImagesForSite(domain: string, on: boolean): Promise<void> {
  const current = await readAutoImages();
  const sites = current.sites.filter((site) => site !== domain);
  await write(autoImagesItem, { ...current, sites: on ? [...sites, domain] : sites });
}
