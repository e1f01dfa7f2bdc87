import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox is built as MV3 too (`--mv3` in package.json) so both browsers share one code path.
// The "e2e" mode is a test-only build: it holds host access to 127.0.0.1 from install. Firefox's
// end-to-end test needs it because it cannot press the toolbar button (no activeTab grant);
// Chromium's per-site test needs it because headless Chromium cannot answer the browser's access
// prompt (see test/e2e/chromium-per-site.e2e.test.ts). Production builds never request a host
// permission at install (test/e2e/manifest.e2e.test.ts fails if they do).
export default defineConfig({
  manifestVersion: 3,
  // UI strings live in locales/<lang>.yml; the module writes _locales/*/messages.json and the typed
  // `i18n` object (`import { i18n } from 'extension/i18n.ts'`, not WXT's `#i18n`: see there why). See README, "Translations".
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    short_name: 'Pith',
    description: '__MSG_manifest_description__',
    // (The Firefox test build may also read tab URLs, to find the page its popup-in-a-tab is for
    // when that page is on a site Pith has no access to yet.)
    // Chrome reads pages in an offscreen document (Firefox, in its background page: no permission).
    // contextMenus: "Read with Pith" on pages (its click grants activeTab, like the toolbar button).
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
      ...(mode === 'e2e' && browser === 'firefox' ? ['tabs'] : []),
    ],
    // Per-site mode asks for one site at a time, when the user turns it on; nothing at install.
    optional_host_permissions: ['*://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['*://127.0.0.1/*'] } : {}),
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_manifest_command__' },
      // Handled in background.ts; a command's key press grants activeTab too.
      'open-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_manifest_openReader__' },
    },
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pith@pith-reader.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
