// @vitest-environment jsdom
/** The user's rules on WXT's fake browser: validated when read (a bad part costs only itself),
 * changes only add or take what the user asked, and a refused write changes nothing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addUserRule, deleteUserRule, importUserRules, readUserRules, userRulesItem } from '../../extension/user-rules';
import { SettingsWriteError } from '../../extension/settings';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const AT = new Date('2026-01-12T20:41:00.000Z');

describe('user rules in storage', () => {
  it('adds hide and keep rules per site, with when each was made; a selector moved to keep leaves hide', async () => {
    expect(await readUserRules()).toEqual([]);
    await addUserRule('ksl.com', 'hide', 'div.series-note', AT);
    await addUserRule('ksl.com', 'keep', 'p.contact-line', AT);
    await addUserRule('bbc.co.uk', 'hide', '.promo', AT);
    await addUserRule('ksl.com', 'keep', 'div.series-note', AT);
    const made = AT.toISOString();
    expect(await readUserRules(document)).toEqual([
      { site: 'bbc.co.uk', hide: ['.promo'], keep: [], made: { '.promo': made } },
      {
        site: 'ksl.com',
        hide: [],
        keep: ['p.contact-line', 'div.series-note'],
        made: { 'div.series-note': made, 'p.contact-line': made },
      },
    ]);
    await deleteUserRule('bbc.co.uk', '.promo');
    expect((await readUserRules()).map((rule) => rule.site)).toEqual(['ksl.com']);
  });

  it('import merges and never drops a rule the user has', async () => {
    await addUserRule('ksl.com', 'hide', '.a', AT);
    await importUserRules([
      { site: 'ksl.com', hide: ['.b'], keep: [] },
      { site: 'example.org', hide: [], keep: ['.c'] },
    ]);
    expect((await readUserRules()).map((rule) => [rule.site, rule.hide, rule.keep])).toEqual([
      ['example.org', [], ['.c']],
      ['ksl.com', ['.a', '.b'], []],
    ]);
  });

  it('reading skips a damaged entry or selector with a warning and keeps the rest; nothing is written', async () => {
    const stored = [
      { site: 'ksl.com', hide: ['div.ok', 'div['], keep: 'oops' },
      'garbage',
      { site: 'bbc.co.uk', hide: ['.x'], keep: [] },
    ];
    await userRulesItem.setValue(stored);
    expect(await readUserRules(document)).toEqual([
      { site: 'bbc.co.uk', hide: ['.x'], keep: [] },
      { site: 'ksl.com', hide: ['div.ok'], keep: [] },
    ]);
    expect(warn).toHaveBeenCalled();
    expect(await userRulesItem.getValue()).toEqual(stored);
    await userRulesItem.setValue({ not: 'a list' });
    expect(await readUserRules()).toEqual([]);
  });

  it('a refused write throws SettingsWriteError and leaves the rules as they were', async () => {
    await addUserRule('ksl.com', 'hide', '.a', AT);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addUserRule('ksl.com', 'hide', '.b', AT)).rejects.toBeInstanceOf(SettingsWriteError);
    vi.restoreAllMocks();
    expect((await readUserRules())[0].hide).toEqual(['.a']);
  });
});
