/** `wxt/browser` in unit tests (and a setup file, so `@wxt-dev/i18n` finds `i18n` on the global fake browser): WXT's fake
 * browser. (WXT's own mock imports `wxt/testing`, which pulls in esbuild; esbuild refuses to load
 * under jsdom, so jsdom tests could not use `browser`.) The fake browser has no `i18n`: here
 * `getMessage` answers from locales/en.yml through the same parser the build uses, so components
 * render their English strings in tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(
  parseMessagesText(readFileSync(resolve(import.meta.dirname, '../locales/en.yml'), 'utf8'), 'YAML'),
);

/** chrome.i18n.getMessage: "$1"…"$9" take the substitutions, "$$" is a dollar sign, an unknown name gives "". */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name]?.message;
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';

export const browser = fakeBrowser;
export default fakeBrowser;
