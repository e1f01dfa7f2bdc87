/** The registry of built-in site rules: an explicit list (a convention test checks every file in
 * this folder is listed, has a fixture and passes the same validator as the user's rules). Lookup
 * by exact host, then by each parent domain (core/rules/rule.ts). */
import { findRuleFor } from '../rules/rule';
import type { BuiltInSiteRule } from './site-rule';

export const SITE_RULES: BuiltInSiteRule[] = [];

export function findSiteRule(hostname: string, rules: readonly BuiltInSiteRule[] = SITE_RULES): BuiltInSiteRule | null {
  return findRuleFor(hostname, rules);
}
