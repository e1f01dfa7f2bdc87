/** The background keeps per-site mode in step (settings ↔ browser permissions ↔ the auto-run
 * content script), answers the popup and options page, sets the badge on pages Pith cleaned by
 * itself, and forgets a tab's cached article when the tab closes. It holds no state of its own:
 * a service worker can stop at any time, so everything lives in storage and is re-read. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cacheArticle, forgetArticle } from '../extension/article-cache';
import { onMessage, sendMessage, type SiteChangeResult } from '../extension/messages';
import { addSite, removeSite, setPausedAll, SettingsWriteError, readPausedAll } from '../extension/settings';
import { AUTO_SCRIPT_FILE, hasAccess, siteStatuses, syncAutoRun } from '../extension/site-access';
import { isDomainName, siteForDomain, siteOf } from '../extension/site';
import { addUserRule, deleteUserRule, importUserRules, readUserRules } from '../extension/user-rules';
import { selectorProblem } from '../core/rules/validate';
import { clearBadge, showCleanedBadge } from '../extension/badge';
import { rememberPendingSite, takeGrantedPendingSite } from '../extension/pending-site';
import { prepareReader, startReaderHost } from '../extension/reader-host';
import { openReaderFor, READER_COMMAND, READER_MENU_ID } from '../extension/open-reader';

import { i18n } from '../extension/i18n';

async function change(action: () => Promise<unknown>): Promise<SiteChangeResult> {
  try {
    await action();
    return { ok: true };
  } catch (error) {
    if (error instanceof SettingsWriteError) return { ok: false, message: i18n.t('site.saveFailed') };
    console.warn('Pith could not change a site setting:', error); // the raw text is for whoever debugs it, not the user
    return { ok: false, message: i18n.t('site.changeFailed') };
  }
}

/** Cleans the page in a tab now (a second copy of the script replaces the first: WXT's context). */
async function runAutoScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${AUTO_SCRIPT_FILE}`] });
}

async function enableSite(domain: string, tabId: number | undefined): Promise<void> {
  if (!(await hasAccess(domain))) throw new Error(`the browser has not given Pith access to ${domain}.`);
  await addSite(domain);
  await syncAutoRun();
  // Clean the page the user is on right away, unless everything is paused. (The script runs
  // again as a newer copy that replaces the first, so a second call — popup and permission event
  // both finishing — is harmless.)
  if (tabId !== undefined && !(await readPausedAll())) {
    await runAutoScript(tabId);
  }
}

function cleanOpenTabs(): void {
  (async () => {
    const matches = await syncAutoRun();
    if (matches.length === 0) return;
    for (const tab of await browser.tabs.query({ url: matches })) {
      if (tab.id === undefined) continue;
      await runAutoScript(tab.id).catch(() => undefined);
    }
  })().catch((error) => console.warn('Pith: could not clean the open tabs.', error));
}

/** Puts back the pages Pith cleaned in the open tabs matching `patterns` (asked while Pith still
 * has access to them: finding tabs by address needs it). */
async function restoreOpenTabs(patterns: string[]): Promise<void> {
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await clearBadge(tab.id);
    await sendMessage('restorePage', undefined, tab.id).catch(() => undefined);
  }
}

function resync(): void {
  syncAutoRun().catch((error) => console.warn('Pith: could not update the sites it runs on.', error));
}

/** A rule changed: what Pith read before is stale. Forget the cached articles (all tabs, or one)
 * and let an auto-cleaned page clean itself again with the new rules. */
async function rulesChanged(tabId?: number): Promise<void> {
  const tabs = tabId === undefined ? await browser.tabs.query({}) : [{ id: tabId }];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await forgetArticle(tab.id);
    await sendMessage('rulesChanged', undefined, tab.id).catch(() => undefined);
  }
}

function checkedRule(site: string | undefined, selector: string): string {
  if (!isDomainName(site)) throw new Error('this page has no site Pith can keep a rule for.');
  const problem = selectorProblem(selector);
  if (problem) throw new Error(`the rule is not usable (${problem}).`);
  return site;
}

export default defineBackground(() => {
  // Every start of the service worker (browser start, update, wake-up) re-reads the settings and
  // the browser's permissions: dynamic scripts are dropped on update, and access may have been
  // revoked in the browser's own UI while Pith was not running.
  resync();
  // Pages are read off their main thread: here (Firefox) or in an offscreen document (Chrome).
  startReaderHost();
  onMessage('prepareReader', () => prepareReader());
  // At browser start and after an update, tabs of enabled sites may have loaded before the
  // script was registered again: clean those too (a copy already there is replaced).
  browser.runtime.onStartup.addListener(cleanOpenTabs);
  browser.runtime.onInstalled.addListener(cleanOpenTabs);
  browser.permissions.onRemoved.addListener(resync);
  browser.permissions.onAdded.addListener((granted) => {
    // The answer to a prompt the popup could not wait for (Chrome closes it): finish turning on.
    takeGrantedPendingSite(granted.origins)
      .then(async (pending) => void (pending ? await enableSite(pending.domain, pending.tabId) : await syncAutoRun()))
      .catch((error) => console.warn('Pith: could not turn the site on.', error));
  });

  // Menu items persist across service-worker restarts: create once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: READER_MENU_ID, title: i18n.t('reader.menu'), contexts: ['page', 'selection'] },
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READER_MENU_ID) void openReaderFor(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === READER_COMMAND) void openReaderFor(tab);
  });
  // Test hook: lets the real-browser test call the very handlers above (CDP cannot press a browser
  // shortcut or click a context-menu item). Test-only builds (mode "e2e") only.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { __pithOpenReaderFor: openReaderFor });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetArticle(tabId);
  });

  onMessage('pageRead', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (!data.article) return clearBadge(tabId);
    await cacheArticle(tabId, data.url, data.article, { source: 'auto' });
    await showCleanedBadge(tabId, data.article, data.hiddenCount);
  });

  onMessage('siteRequested', ({ data }) => rememberPendingSite(data.domain, data.tabId));
  onMessage('enableSite', ({ data }) => change(() => enableSite(data.domain, data.tabId)));

  onMessage('disableSite', ({ data }) =>
    change(async () => {
      const { patterns } = siteForDomain(data.domain);
      await removeSite(data.domain);
      await syncAutoRun();
      await restoreOpenTabs(patterns);
      // Give the access back. (A permission the manifest itself requires cannot be removed.)
      await browser.permissions.remove({ origins: patterns }).catch(() => false);
      if (data.tabId !== undefined) {
        await clearBadge(data.tabId);
        await sendMessage('restorePage', undefined, data.tabId).catch(() => undefined);
      }
    }),
  );

  onMessage('setPausedAll', ({ data }) =>
    change(async () => {
      const running = await syncAutoRun();
      await setPausedAll(data.paused);
      await syncAutoRun();
      // Pausing puts back the pages Pith already cleaned; resuming cleans nothing until they reload.
      if (data.paused) await restoreOpenTabs(running);
    }),
  );

  onMessage('saveRule', ({ data, sender }) =>
    change(async () => {
      // From a page (the picker), the site is the page's own, whatever the message says.
      const fromPage = sender.tab !== undefined;
      const site = fromPage ? siteOf(sender.url ?? sender.tab?.url)?.domain : data.site;
      await addUserRule(checkedRule(site, data.selector), data.list, data.selector);
      await rulesChanged(fromPage ? sender.tab?.id : data.tabId);
    }),
  );
  onMessage('deleteRule', ({ data }) =>
    change(async () => {
      await deleteUserRule(data.site, data.selector);
      await rulesChanged();
    }),
  );
  onMessage('importRules', ({ data }) =>
    change(async () => {
      for (const rule of data.rules)
        [...rule.hide, ...rule.keep].forEach((selector) => checkedRule(rule.site, selector));
      await importUserRules(data.rules);
      await rulesChanged();
    }),
  );
  onMessage('listRules', async () => ({ rules: await readUserRules() }));

  onMessage('listSites', async () => {
    const [sites, pausedAll] = await Promise.all([siteStatuses(), readPausedAll()]);
    return { sites, pausedAll };
  });
});
