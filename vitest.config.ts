import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit, fixture and component tests. The real-browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-results.json' },
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
