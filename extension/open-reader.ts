/** Opens the reader tab for a page's tab, next to it: from the popup's button, the keyboard command
 * and the context menu (background.ts). The reader reads the article from the per-tab cache, or
 * reads the tab itself under the activeTab grant the user's gesture gave. */
import { browser } from 'wxt/browser';

export function readerUrl(tabId: number): string {
  return `${browser.runtime.getURL('/reader.html')}?tab=${tabId}`;
}

export async function openReader(tab: { id?: number; index?: number }): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({
    url: readerUrl(tab.id),
    index: tab.index === undefined ? undefined : tab.index + 1,
    openerTabId: tab.id,
  });
}

/** The reader's keyboard command and context-menu item (background.ts): both user gestures, which
 * grant activeTab for the page's tab in Chrome and Firefox, so the reader tab can read it. */
export const READER_COMMAND = 'open-reader';
export const READER_MENU_ID = 'read-with-pith';

/** One handler for both (and for the test hook), the tab they name or else the active one. */
export async function openReaderFor(tab: { id?: number; index?: number } | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target) await openReader(target);
}
