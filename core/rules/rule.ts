/** One rule format for the built-in site rules (core/sites/) and the user's own rules (the picker,
 * the options page, the CLI's --rules file): what to hide on a site, what to keep there whatever
 * the clutter rules say, and optionally where the article body is. Plain data, JSON as it is. */
export interface SiteRule {
  /** The site the rule is for, e.g. "ksl.com"; it also applies to that site's subdomains. */
  site: string;
  /** CSS selectors of blocks to take out, beyond what the generic clutter rules remove. */
  hide: string[];
  /** CSS selectors of blocks no clutter rule may take out (with everything inside them). */
  keep: string[];
  /** Where the article body is, when Readability cannot find it on this site. */
  content?: string;
  /** When each selector of `hide` / `keep` was made (ISO 8601): shown on the options page. */
  made?: Record<string, string>;
  /** Why a built-in rule exists: what the generic rules got wrong on this site. */
  why?: string;
}

/** The file the options page exports and imports, and the CLI reads with --rules. */
export interface RulesFile {
  format: 'pith-rules';
  version: 1;
  rules: SiteRule[];
}

export const RULES_FILE_FORMAT = 'pith-rules';
export const RULES_FILE_VERSION = 1;

/** The reason shown in the "removed" list for a block a user rule hid. */
export const USER_RULE_REASON = 'your rule';

export const builtInReason = (site: string) => `site rule for ${site}`;

/** The rules in force on one page: built-in and user rules merged (the user wins). */
export interface PageRules {
  content: string | null;
  hide: { selector: string; reason: string }[];
  keep: string[];
}

/** The rule for a host: exact match first, then each parent domain (never a bare suffix, never a
 * domain that merely ends the same way). */
export function findRuleFor<T extends { site: string }>(hostname: string, rules: readonly T[]): T | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i === 0 || i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    const rule = rules.find((r) => r.site === candidate);
    if (rule) return rule;
  }
  return null;
}

/** Built-in and user rules for one host, merged: a user `keep` cancels a built-in `hide` of the
 * same selector and a user `hide` a built-in `keep`; the user's content selector wins. */
export function pageRules(
  hostname: string,
  builtIn: readonly SiteRule[],
  user: readonly SiteRule[] = [],
): PageRules | null {
  const base = findRuleFor(hostname, builtIn);
  const mine = findRuleFor(hostname, user);
  if (!base && !mine) return null;
  const userHide = new Set(mine?.hide ?? []);
  const userKeep = new Set(mine?.keep ?? []);
  const hide = [
    ...(mine?.hide ?? []).map((selector) => ({ selector, reason: USER_RULE_REASON })),
    ...(base?.hide ?? [])
      .filter((s) => !userKeep.has(s) && !userHide.has(s))
      .map((selector) => ({ selector, reason: builtInReason(base!.site) })),
  ];
  const keep = [...new Set([...(mine?.keep ?? []), ...(base?.keep ?? []).filter((s) => !userHide.has(s))])];
  return { content: mine?.content ?? base?.content ?? null, hide, keep };
}

/** `rules` with `addition` merged in, site by site: selectors are added, never dropped; a selector
 * moved from hide to keep (or back) leaves the other list. Used by the picker, "Always keep" and
 * the options page's import. */
export function mergeRuleSets(rules: readonly SiteRule[], addition: readonly SiteRule[]): SiteRule[] {
  const bySite = new Map<string, SiteRule>(rules.map((rule) => [rule.site, cloneRule(rule)]));
  for (const add of addition) {
    const current = bySite.get(add.site) ?? { site: add.site, hide: [], keep: [] };
    for (const selector of add.hide) moveSelector(current, selector, 'hide', add.made?.[selector]);
    for (const selector of add.keep) moveSelector(current, selector, 'keep', add.made?.[selector]);
    if (add.content && !current.content) current.content = add.content;
    bySite.set(add.site, current);
  }
  return [...bySite.values()].sort((a, b) => a.site.localeCompare(b.site));
}

function cloneRule(rule: SiteRule): SiteRule {
  const copy: SiteRule = { site: rule.site, hide: [...rule.hide], keep: [...rule.keep] };
  if (rule.content) copy.content = rule.content;
  if (rule.made) copy.made = { ...rule.made };
  if (rule.why) copy.why = rule.why;
  return copy;
}

function moveSelector(rule: SiteRule, selector: string, to: 'hide' | 'keep', made: string | undefined): void {
  const other = to === 'hide' ? 'keep' : 'hide';
  rule[other] = rule[other].filter((s) => s !== selector);
  if (!rule[to].includes(selector)) {
    rule[to].push(selector);
    if (made) rule.made = { ...rule.made, [selector]: made };
  }
}

/** `rules` without one selector of one site (the options page's Delete); a site left with nothing drops out. */
export function withoutSelector(rules: readonly SiteRule[], site: string, selector: string): SiteRule[] {
  return rules.flatMap((rule) => {
    if (rule.site !== site) return [rule];
    const next = cloneRule(rule);
    next.hide = next.hide.filter((s) => s !== selector);
    next.keep = next.keep.filter((s) => s !== selector);
    if (next.made) delete next.made[selector];
    return next.hide.length || next.keep.length || next.content ? [next] : [];
  });
}
