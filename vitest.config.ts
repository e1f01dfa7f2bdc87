import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/** `wxt/browser` → test/mock-browser.ts (see there why). WXT aliases `wxt/browser` to its
 * dist/virtual/mock-browser module first; this takes over that module. */
const fakeBrowserWithoutEsbuild = {
  name: 'pith:fake-browser',
  enforce: 'pre' as const,
  resolveId: (id: string) =>
    id === 'wxt/browser' || /[\\/]wxt[\\/]dist[\\/]virtual[\\/]mock-browser(\.mjs)?$/.test(id)
      ? resolve(import.meta.dirname, 'test/mock-browser.ts')
      : null,
};

/** Test files that keep no state between them (core, CLI, bench, fixtures, security: each builds
 * its own jsdom documents) share one module cache per worker: jsdom, Readability and core load
 * once per worker instead of once per file, which was a third of the suite's time. */
const SHARED = [
  'test/core/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/bench-*.test.ts',
  'test/cli*.test.ts',
  'test/parse-page.test.ts',
  'test/core-purity.test.ts',
  'test/fixtures.test.ts',
];

// Unit, fixture and component tests. The real-browser tests have their own config (vitest.e2e.config.ts).
// Node is the environment; a file that needs a global DOM (components, the content script's
// page toggle) says `// @vitest-environment jsdom` on its first line.
export default defineConfig({
  plugins: [fakeBrowserWithoutEsbuild, WxtVitest(), preact()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-results.json' },
    environment: 'node',
    // Gives the fake browser `i18n.getMessage` (from locales/en.yml) before any component loads.
    setupFiles: ['test/mock-browser.ts'],
    // A loaded 2-core machine runs jsdom pages several times slower than an idle one: the 5 s
    // default made a different test time out on each full run. The slowest test takes ~6 s there;
    // slow tests are made cheaper rather than given more time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    exclude: ['test/e2e/**', 'node_modules/**'],
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
      // Files that set up the fake browser, fake timers or a global DOM get a fresh module graph each.
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...SHARED, 'test/e2e/**', 'node_modules/**'],
        },
      },
    ],
  },
});
