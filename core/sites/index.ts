/** The registry of site rules: an explicit list (a convention test checks every file in this folder
 * is listed and has a fixture). Lookup by exact host, then by each parent domain. */
import type { SiteRule } from './site-rule';

export const SITE_RULES: SiteRule[] = [];

export function findSiteRule(hostname: string, rules: SiteRule[] = SITE_RULES): SiteRule | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    const rule = rules.find((r) => r.domain === candidate);
    if (rule) return rule;
  }
  return null;
}
