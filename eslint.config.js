import tseslint from 'typescript-eslint';

/** The one rule that shapes the architecture: core/ is pure. It takes a Document and returns data,
 * so the same code runs in the content script, in Vitest and in the CLI. */
const CORE_MUST_NOT_IMPORT = {
  paths: [{ name: '#imports', message: 'core/ is pure: no WXT imports.' }],
  patterns: [
    { group: ['wxt', 'wxt/*'], message: 'core/ is pure: no WXT imports.' },
    { group: ['webextension-polyfill', '@webext-core/*'], message: 'core/ is pure: no extension APIs.' },
    {
      group: ['../entrypoints/*', '../components/*', '../../entrypoints/*', '../../components/*'],
      message: 'core/ must not depend on the extension.',
    },
    {
      group: ['node:*', 'fs', 'path', 'jsdom', 'linkedom'],
      message: 'core/ runs in the browser too: no Node or DOM-library imports.',
    },
  ],
};

// Formatting is Prettier's (`npm run format`, `npm run lint:format`): the configs used here hold no
// stylistic rules, so none needs turning off for it (add eslint-config-prettier if one ever does).
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', CORE_MUST_NOT_IMPORT],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'core/ is pure: no extension APIs.' },
        { name: 'chrome', message: 'core/ is pure: no extension APIs.' },
        { name: 'document', message: 'core/ works on the Document it is given, never the global one.' },
        { name: 'window', message: 'core/ works on the Document it is given, never the global one.' },
        // WXT auto-imports these into any file it bundles; in core they would only work inside the extension.
        ...[
          'storage',
          'defineContentScript',
          'defineBackground',
          'defineUnlistedScript',
          'useAppConfig',
          'injectScript',
        ].map((name) => ({
          name,
          message: 'core/ is pure: no WXT auto-imports.',
        })),
      ],
    },
  },
);
