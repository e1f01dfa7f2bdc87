/** A built-in site rule is data, not code, in the one rule format the user's own rules use
 * (core/rules/rule.ts): selectors for what generic rules cannot reach on one site. Built-in rules
 * must say why they exist. See core/sites/README.md for how to add one. */
import type { SiteRule } from '../rules/rule';

export type BuiltInSiteRule = SiteRule & { why: string };
