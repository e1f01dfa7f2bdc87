import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox against fixture pages on 127.0.0.1. One file at a time: each launches a browser.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e-results.json' },
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
