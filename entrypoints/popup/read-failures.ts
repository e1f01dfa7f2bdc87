/** Every way reading a tab can fail, in plain words with what the user can do — never the
 * browser's own error text ("Frame with ID 0 is showing error page" means nothing to a reader).
 *
 * The patterns are the messages Chromium and Firefox give for `scripting.executeScript` and tab
 * calls; each maps to one message key. What is not known gets the general "could not read" message,
 * and the raw text goes to the console for whoever debugs it. */
import { i18n } from '../../extension/i18n';
import type { PopupState } from '../../components/PopupView';
import type { PlainMessageKey } from '../../components/i18n-keys';

type FailureKey = Extract<PlainMessageKey, `restricted.${string}` | `error.${string}`>;

interface FailureRule {
  pattern: RegExp;
  /** restricted: the browser keeps extensions out of this page; error: something went wrong. */
  status: 'restricted' | 'error';
  key: FailureKey;
}

export const FAILURE_RULES: FailureRule[] = [
  // Chromium's own network error page ("This site can't be reached") in the tab.
  { pattern: /showing error page|error page/i, status: 'error', key: 'error.errorPage' },
  // Chromium names the kind of page it refused when the popup has no address for it.
  {
    pattern:
      /cannot access an? (chrome|edge|brave|opera|vivaldi|about|devtools|chrome-untrusted|chrome-search):\/\/ URL/i,
    status: 'restricted',
    key: 'restricted.browserPage',
  },
  {
    pattern: /cannot access an? chrome-extension:\/\/ URL|moz-extension/i,
    status: 'restricted',
    key: 'restricted.extensionPage',
  },
  {
    pattern: /extensions gallery cannot be scripted|cannot script the (web )?store/i,
    status: 'restricted',
    key: 'restricted.store',
  },
  { pattern: /cannot access contents of url "file:/i, status: 'restricted', key: 'restricted.fileAccess' },
  // The tab or its frame went away (closed, or navigated while the script ran).
  {
    pattern:
      /no tab with id|tab was closed|no frame with id|frame with id \d+ was removed|frame was removed|tab .*discarded/i,
    status: 'error',
    key: 'error.tabGone',
  },
  // Pith itself was reloaded or updated under the page.
  {
    pattern: /extension context invalidated|could not establish connection|receiving end does not exist/i,
    status: 'error',
    key: 'error.extensionReloaded',
  },
  // The activeTab grant no longer covers the tab: its page changed since the click.
  { pattern: /page's url changed|url changed|activeTab/i, status: 'error', key: 'error.noAccessNow' },
  // Everything else the browser refuses (about:blank, source views, pages of other extensions…).
  {
    pattern: /cannot access|cannot be scripted|missing host permission|permission/i,
    status: 'restricted',
    key: 'restricted.general',
  },
];

/** The popup state for a failed read of `url` (may be unknown), from the error the browser gave. */
export function readFailure(error: unknown, url: string | undefined): PopupState {
  const text = error instanceof Error ? error.message : String(error);
  if (text === 'timeout') return { status: 'error', message: i18n.t('error.timeout') };
  // A local file Pith may not read: the browser's refusal varies; the address says what it is.
  if (url?.startsWith('file:') && !/error page/i.test(text))
    return { status: 'restricted', message: i18n.t('restricted.fileAccess') };
  const rule = FAILURE_RULES.find(({ pattern }) => pattern.test(text));
  if (rule) return { status: rule.status, message: i18n.t(rule.key) };
  console.warn('Pith could not read the tab:', text);
  return { status: 'error', message: i18n.t('error.unknown') };
}
