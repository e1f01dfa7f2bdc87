/** The popup's per-site switch, wired to the browser: asking for access to the one site (inside
 * the click, as browsers require), then letting the background save it and start running there. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteSwitchState } from '../../components/SiteSwitch';
import { sendMessage } from '../../extension/messages';
import { siteOf } from '../../extension/site';
import type { TargetTab } from './read-active-tab';
import { i18n } from '../../extension/i18n';

export function useSiteSwitch(tab: TargetTab | undefined): [SiteSwitchState | null, (on: boolean) => void] {
  const site = siteOf(tab?.url);
  const [state, setState] = useState<SiteSwitchState | null>(null);

  useEffect(() => {
    if (!site) return;
    sendMessage('listSites')
      .then(({ sites }) => sites.find((entry) => entry.domain === site.domain)?.state ?? null)
      .catch(() => null)
      .then((siteState) => setState({ domain: site.domain, state: siteState, busy: false, note: null }));
  }, [site?.domain]);

  const change = (on: boolean) => {
    if (!site || !state) return;
    const update = (patch: Partial<SiteSwitchState>) =>
      setState((current) => (current ? { ...current, ...patch } : current));
    update({ busy: true, note: null });
    if (on) void sendMessage('siteRequested', { domain: site.domain, tabId: tab?.id }).catch(() => undefined);
    // The request must come straight from the click (no await before it): browsers only ask the
    // user from inside one.
    const access = on ? browser.permissions.request({ origins: site.patterns }) : Promise.resolve(true);
    access
      .then(async (granted) => {
        if (!granted) return update({ busy: false, state: null, note: i18n.t('site.declined', [site.domain]) });
        const result = await sendMessage(on ? 'enableSite' : 'disableSite', { domain: site.domain, tabId: tab?.id });
        if (!result.ok) return update({ busy: false, note: result.message ?? null });
        const { sites } = await sendMessage('listSites');
        update({ busy: false, state: sites.find((entry) => entry.domain === site.domain)?.state ?? null });
      })
      .catch((error: unknown) => {
        console.warn('Pith could not change the site setting:', error);
        update({ busy: false, note: i18n.t('site.changeFailed') });
      });
  };

  return [state, change];
}
