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

// Unit, fixture and component tests. The real-browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [fakeBrowserWithoutEsbuild, WxtVitest(), preact()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-results.json' },
    environment: 'node',
    // A loaded 2-core machine runs jsdom pages and child processes several times slower than an
    // idle one: the 5 s default made a different test time out on each full run.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
