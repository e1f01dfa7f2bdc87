/** The site the user just asked to turn on, kept while the browser's access prompt is open.
 * In Chrome the popup closes as soon as the prompt appears, so it never learns the answer; the
 * background does (permissions.onAdded) and finishes the job with what is remembered here. Kept in
 * session storage because the service worker may stop while the user reads the prompt. */
import { storage } from 'wxt/utils/storage';
import { isDomainName, siteForDomain } from './site';

export interface PendingSite {
  domain: string;
  tabId?: number;
  askedAt: number;
}

/** A prompt left open longer than this is not what a grant now answers. */
const PENDING_MAX_AGE_MS = 5 * 60 * 1000;

const pendingSiteItem = storage.defineItem<unknown>('session:pendingSite', { fallback: null });

export async function rememberPendingSite(domain: string, tabId: number | undefined, now = Date.now()): Promise<void> {
  const pending: PendingSite = { domain, tabId, askedAt: now };
  await pendingSiteItem.setValue(pending).catch(() => undefined);
}

/** The pending site that the newly granted origins answer, if any (and forgets it). */
export async function takeGrantedPendingSite(
  grantedOrigins: string[] | undefined,
  now = Date.now(),
): Promise<PendingSite | null> {
  const pending = (await pendingSiteItem.getValue().catch(() => null)) as PendingSite | null;
  if (!pending || !isDomainName(pending.domain) || typeof pending.askedAt !== 'number') return null;
  if (now - pending.askedAt > PENDING_MAX_AGE_MS) return null;
  const wanted = siteForDomain(pending.domain).patterns;
  if (!wanted.every((pattern) => grantedOrigins?.includes(pattern))) return null;
  await pendingSiteItem.removeValue().catch(() => undefined);
  return pending;
}
