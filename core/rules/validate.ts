/** One validator for every rule Pith reads: the built-in registry, the user's stored rules and an
 * imported or --rules file. Problems are said in plain words, one per bad part, so a user can fix
 * a file; the valid rules around a bad one are kept (on read) or nothing is taken (on import). */
import { RULES_FILE_FORMAT, RULES_FILE_VERSION, mergeRuleSets, type SiteRule } from './rule';

/** Something that can try a selector: a Document or an element (querySelectorAll throws on a bad one). */
export type SelectorTester = Pick<ParentNode, 'querySelectorAll'>;

const SITE_SHAPE = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^[0-9a-f:.]+$/;
const MAX_SELECTOR_CHARS = 1000;

export interface RulesValidation {
  rules: SiteRule[];
  /** One line per part that was left out, e.g. `ksl.com: hide "div[": not a valid CSS selector.` */
  problems: string[];
}

/** Why `selector` cannot be used, or null when it can. Without a tester only its shape is checked. */
export function selectorProblem(selector: unknown, tester?: SelectorTester): string | null {
  if (typeof selector !== 'string' || !selector.trim()) return 'a selector must be a non-empty text';
  if (selector.length > MAX_SELECTOR_CHARS) return `a selector may have at most ${MAX_SELECTOR_CHARS} characters`;
  if (!tester) return null;
  try {
    tester.querySelectorAll(selector);
    return null;
  } catch {
    return 'not a valid CSS selector';
  }
}

const quote = (value: unknown) => JSON.stringify(String(value).slice(0, 80));

/** One rule, checked part by part: a bad selector is left out (and said), the rest kept. */
export function validateRule(value: unknown, tester?: SelectorTester, problems: string[] = []): SiteRule | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push('a rule must be an object with "site", "hide" and "keep".');
    return null;
  }
  const raw = value as Record<string, unknown>;
  const site = typeof raw.site === 'string' ? raw.site.trim().toLowerCase().replace(/\.$/, '') : '';
  if (!SITE_SHAPE.test(site) || site.length > 253) {
    problems.push(`a rule has no valid "site" (got ${quote(raw.site)}); it should be a domain such as "ksl.com".`);
    return null;
  }
  const rule: SiteRule = { site, hide: [], keep: [] };
  for (const list of ['hide', 'keep'] as const) {
    const selectors = raw[list] ?? [];
    if (!Array.isArray(selectors)) {
      problems.push(`${site}: "${list}" must be a list of CSS selectors.`);
      continue;
    }
    for (const selector of selectors) {
      const problem = selectorProblem(selector, tester);
      if (problem) problems.push(`${site}: ${list} ${quote(selector)}: ${problem}.`);
      else if (!rule[list].includes(selector.trim())) rule[list].push(selector.trim());
    }
  }
  if (raw.content !== undefined) {
    const problem = selectorProblem(raw.content, tester);
    if (problem) problems.push(`${site}: content ${quote(raw.content)}: ${problem}.`);
    else rule.content = (raw.content as string).trim();
  }
  if (typeof raw.made === 'object' && raw.made !== null) {
    const made: Record<string, string> = {};
    for (const [selector, when] of Object.entries(raw.made)) {
      if (
        typeof when === 'string' &&
        !Number.isNaN(Date.parse(when)) &&
        (rule.hide.includes(selector) || rule.keep.includes(selector))
      )
        made[selector] = when;
    }
    if (Object.keys(made).length) rule.made = made;
  }
  if (typeof raw.why === 'string' && raw.why.trim()) rule.why = raw.why.trim();
  return rule;
}

/** A list of rules as stored: each valid rule is kept, rules for the same site are merged. */
export function validateRules(value: unknown, tester?: SelectorTester): RulesValidation {
  const problems: string[] = [];
  if (!Array.isArray(value)) return { rules: [], problems: ['the rules are not a list.'] };
  const valid = value
    .map((item) => validateRule(item, tester, problems))
    .filter((rule): rule is SiteRule => rule !== null);
  return { rules: mergeRuleSets([], valid), problems };
}

export type RulesFileResult = { ok: true; rules: SiteRule[] } | { ok: false; message: string };

/** An imported or --rules file, all or nothing: any problem refuses the whole file, with a message
 * saying what is wrong, so that importing never half-applies a file. */
export function parseRulesFile(text: string, tester?: SelectorTester): RulesFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Pith rules file: it is not JSON.' };
  }
  const file = data as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file.format !== RULES_FILE_FORMAT) {
    return { ok: false, message: `This file is not a Pith rules file (it has no "format": "${RULES_FILE_FORMAT}").` };
  }
  if (file.version !== RULES_FILE_VERSION) {
    return {
      ok: false,
      message: `This rules file is version ${quote(file.version)}; this Pith reads version ${RULES_FILE_VERSION}. Update Pith to import it.`,
    };
  }
  if (!Array.isArray(file.rules)) return { ok: false, message: 'This rules file has no list of "rules".' };
  const { rules, problems } = validateRules(file.rules, tester);
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return {
      ok: false,
      message: `This rules file has mistakes, so nothing was imported: ${problems.slice(0, 3).join(' ')}${more}`,
    };
  }
  return { ok: true, rules };
}

/** The file the options page exports: the same format parseRulesFile reads. */
export function rulesFileText(rules: readonly SiteRule[]): string {
  return `${JSON.stringify({ format: RULES_FILE_FORMAT, version: RULES_FILE_VERSION, rules }, null, 2)}\n`;
}
