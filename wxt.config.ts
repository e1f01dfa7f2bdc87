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
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Pith — clean article and key takeaways',
    short_name: 'Pith',
    description:
      'Turns a cluttered news page into the clean article plus its key takeaways, and copies it as text or Markdown.',
    // (The Firefox test build may also read tab URLs, to find the page its popup-in-a-tab is for
    // when that page is on a site Pith has no access to yet.)
    // contextMenus: "Read with Pith" on pages (its click grants activeTab, like the toolbar button).
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(mode === 'e2e' && browser === 'firefox' ? ['tabs'] : [])],
    // Per-site mode asks for one site at a time, when the user turns it on; nothing at install.
    optional_host_permissions: ['*://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['*://127.0.0.1/*'] } : {}),
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Read this article with Pith' },
      // Handled in background.ts; a command's key press grants activeTab too.
      'open-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open this article in the Pith reader tab' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
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
