/** Pages where browsers let no extension run, each with a message that says why (from the tab's
 * address, before anything is tried). What the browser says when it refuses is read in
 * read-failures.ts. */
import { i18n } from '../../extension/i18n';
import type { PlainMessageKey } from '../../components/i18n-keys';

type RestrictedKey = Extract<PlainMessageKey, `restricted.${string}`>;

const RULES: Array<[RegExp, RestrictedKey]> = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-search|chrome-untrusted|devtools):/i, 'restricted.browserPage'],
  [/^(chrome-extension|moz-extension|extension):/i, 'restricted.extensionPage'],
  [/^view-source:/i, 'restricted.sourceView'],
  [
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(\/|$)/i,
    'restricted.store',
  ],
  [/^(https?|file):\/\/[^?#]*\.pdf([?#]|$)/i, 'restricted.pdf'],
  [/^(data|blob|javascript):/i, 'restricted.noAddress'],
];

/** A message for a page Pith cannot read, or null when it may try. */
export function restrictedPageMessage(url: string | undefined): string | null {
  if (!url) return null; // no URL means no access yet; let the injection attempt tell
  for (const [pattern, key] of RULES) if (pattern.test(url)) return i18n.t(key);
  return null;
}
