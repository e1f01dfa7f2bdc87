/** The popup's side of the user's rules: the site's rules go with each reading of the page, the
 * picker starts on the page ("Hide something Pith missed"), and "Always keep" saves a keep rule
 * through the background (which also forgets the stale cached article) before reading again. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '../../extension/i18n';
import type { RemovedBlock } from '../../core/article';
import { findRuleFor, type SiteRule } from '../../core/rules/rule';
import { hostOf } from '../../core/dom';
import { sendMessage } from '../../extension/messages';
import { siteOf } from '../../extension/site';
import { readUserRules } from '../../extension/user-rules';
import type { TargetTab } from './read-active-tab';

const PICKER_FILE = '/content-scripts/picker.js';

/** The user's rule for the tab's page, checked against this document (bad selectors skipped). */
export async function rulesForTab(tab: TargetTab | undefined): Promise<SiteRule[]> {
  if (!tab?.url) return [];
  const rule = findRuleFor(hostOf(tab.url), await readUserRules(document));
  return rule ? [rule] : [];
}

export interface RulesActions {
  /** The site rules are saved for, or null on a page that has none. */
  site: string | null;
  note: string | null;
  startPicker(): void;
  keep(block: RemovedBlock): void;
}

export function useRules(tab: TargetTab | undefined, reread: () => void): RulesActions {
  const site = siteOf(tab?.url)?.domain ?? null;
  const [note, setNote] = useState<string | null>(null);
  return {
    site,
    note,
    startPicker() {
      if (tab?.id === undefined) return;
      setNote(null);
      browser.scripting
        .executeScript({ target: { tabId: tab.id }, files: [PICKER_FILE] })
        // The picker runs on the page by itself; the page needs the focus for it.
        .then(() => window.close())
        .catch((error: unknown) =>
          setNote(i18n.t('rules.pickerCannotStart', [error instanceof Error ? error.message : String(error)])),
        );
    },
    keep(block) {
      if (!site || !block.selector) return setNote(i18n.t('rules.keepNoSelector'));
      sendMessage('saveRule', { site, list: 'keep', selector: block.selector, tabId: tab?.id })
        .then((result) => (result.ok ? reread() : setNote(result.message ?? null)))
        .catch((error: unknown) => setNote(String(error)));
    },
  };
}
