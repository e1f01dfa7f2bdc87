/** The toolbar badge on a tab Pith cleaned by itself: the number of takeaways, or a check mark when
 * the article has none. Tab-specific, so browsers clear it when the tab navigates away. */
import { browser } from 'wxt/browser';
import type { Article } from '../core/article';
import { i18n } from './i18n';

/** The action's title in the manifest (WXT takes it from the popup's <title>). */
export const DEFAULT_TITLE = 'Pith';

export function badgeText(article: Article): string {
  const count = article.takeaways?.items.length ?? 0;
  return count > 0 ? String(count) : '✓';
}

export async function showCleanedBadge(tabId: number, article: Article, hiddenCount: number): Promise<void> {
  const takeaways = article.takeaways?.items.length ?? 0;
  const title = [
    i18n.t('badge.on'),
    takeaways ? i18n.t('badge.takeaways', takeaways) : null,
    i18n.t('badge.hidden', hiddenCount),
  ]
    .filter(Boolean)
    .join(' · ');
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(article) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: DEFAULT_TITLE }),
  ]).catch(() => undefined);
}
