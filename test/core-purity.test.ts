/** The lint rule that keeps core/ pure really fires: a core file that reaches for WXT, the
 * extension API or the global document is an error. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function lintAsCore(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'core/some-new-file.ts' });
  return result.messages.map((m) => m.message);
}

describe('core/ purity lint rule', () => {
  it.each([
    ["import { browser } from 'wxt/browser';\nexport const x = browser;", /no WXT imports/],
    ["import { storage } from '#imports';\nexport const x = storage;", /no WXT imports/],
    ['export const t = browser.tabs;', /no extension APIs/],
    ["export const s = storage.getItem('local:x');", /no WXT auto-imports/],
    ['export const t = chrome.runtime;', /no extension APIs/],
    ['export const t = document.title;', /Document it is given/],
    ["import { JSDOM } from 'jsdom';\nexport const j = JSDOM;", /no Node or DOM-library imports/],
  ])('rejects %j', async (code, message) => {
    expect((await lintAsCore(code)).join('\n')).toMatch(message);
  });

  it('accepts pure code', async () => {
    expect(
      await lintAsCore("import { textOf } from './dom';\nexport const f = (doc: Document) => textOf(doc.body);"),
    ).toEqual([]);
  });
});
