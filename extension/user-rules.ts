/** The user's own rules (core/rules/rule.ts), in extension storage: `local:userRules`, one entry
 * per site (the registrable domain, as per-site mode uses), in the same format the options page
 * exports. Validated when read, like the other settings (extension/settings.ts): a bad entry or a
 * bad selector is skipped on its own with a warning and the rest kept; nothing is deleted on read;
 * only the user's own changes write, and a change only ever adds to or takes from what was read. */
import { storage } from 'wxt/utils/storage';
import { mergeRuleSets, withoutSelector, type SiteRule } from '../core/rules/rule';
import { validateRules, type SelectorTester } from '../core/rules/validate';
import { SettingsWriteError } from './settings';

/** Version history of `local:userRules`: 1 — a list of rules in the pith-rules format. */
export const USER_RULES_VERSION = 1;

export const userRulesItem = storage.defineItem<unknown>('local:userRules', {
  fallback: [],
  version: USER_RULES_VERSION,
});

/** Every valid stored rule. `tester` (a document) also checks each selector parses; the background
 * (no DOM) checks shapes only, and core skips a selector its engine cannot parse. */
export async function readUserRules(tester?: SelectorTester): Promise<SiteRule[]> {
  let raw: unknown;
  try {
    raw = await userRulesItem.getValue();
  } catch (error) {
    console.warn('Pith settings: could not read your rules.', error);
    return [];
  }
  const { rules, problems } = validateRules(raw ?? [], tester);
  for (const problem of problems) console.warn(`Pith settings: skipping part of your rules: ${problem}`);
  return rules;
}

async function write(rules: SiteRule[]): Promise<void> {
  try {
    await userRulesItem.setValue(rules);
  } catch (error) {
    console.warn('Pith settings: could not save your rules.', error);
    throw new SettingsWriteError(error instanceof Error ? error.message : String(error));
  }
}

/** Adds one selector to a site's hide or keep list (moving it out of the other list). */
export async function addUserRule(
  site: string,
  list: 'hide' | 'keep',
  selector: string,
  now = new Date(),
): Promise<SiteRule[]> {
  const addition: SiteRule = { site, hide: [], keep: [], made: { [selector]: now.toISOString() } };
  addition[list].push(selector);
  const next = mergeRuleSets(await readUserRules(), [addition]);
  await write(next);
  return next;
}

export async function deleteUserRule(site: string, selector: string): Promise<void> {
  await write(withoutSelector(await readUserRules(), site, selector));
}

/** Merges imported rules into the stored ones: adds, never drops. */
export async function importUserRules(rules: readonly SiteRule[]): Promise<void> {
  await write(mergeRuleSets(await readUserRules(), rules));
}
