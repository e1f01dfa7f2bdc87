/** Every message between Pith's parts, typed in one place (@webext-core/messaging).
 * popup/options → background: site changes; content script → background: what it found on a
 * page; background → content script: put the page back as it was. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article } from '../core/article';
import type { SiteRule } from '../core/rules/rule';
import type { SiteStatus } from './site-access';

export interface PageReport {
  url: string;
  /** The article found on the page, or null when the page is not one. */
  article: Article | null;
  /** How many blocks of clutter are hidden on the live page. */
  hiddenCount: number;
}

export interface SiteChangeResult {
  ok: boolean;
  /** Why the change did not happen, in words for the user. */
  message?: string;
}

interface ProtocolMap {
  /** Sent just before the popup asks the browser for access: Chrome closes the popup when its
   * prompt opens, so the background finishes turning the site on once access is granted. */
  siteRequested(data: { domain: string; tabId?: number }): void;
  /** Turn Pith on for a site (its host access already granted by the user) and clean the tab now. */
  enableSite(data: { domain: string; tabId?: number }): SiteChangeResult;
  /** Turn Pith off for a site, give the access back, and restore the tab's page. */
  disableSite(data: { domain: string; tabId?: number }): SiteChangeResult;
  setPausedAll(data: { paused: boolean }): SiteChangeResult;
  listSites(): { sites: SiteStatus[]; pausedAll: boolean };
  /** From the auto-run content script, once per page. */
  pageRead(data: PageReport): void;
  /** To the auto-run content script: show the original page and remove Pith's control. */
  restorePage(): void;
  /** From a content script about to read its page: is the off-thread reader there (opened now if
   * need be)? False: read the page in place. */
  prepareReader(): boolean;
  /** The user's own rules. `site` is the registrable domain; from a content script (the picker)
   * the background takes it from the sending page's address instead. `tabId`: the tab whose
   * cached article the new rule makes stale (the sender's tab by default). */
  saveRule(data: { site?: string; list: 'hide' | 'keep'; selector: string; tabId?: number }): SiteChangeResult;
  deleteRule(data: { site: string; selector: string }): SiteChangeResult;
  /** Already validated by the options page (parseRulesFile); merged into the stored rules. */
  importRules(data: { rules: SiteRule[] }): SiteChangeResult;
  listRules(): { rules: SiteRule[] };
  /** To the auto-run content script: the site's rules changed, clean the page again with them. */
  rulesChanged(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
