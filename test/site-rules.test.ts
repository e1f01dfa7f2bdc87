/** Conventions that keep site rules honest: every rule file is registered, explains itself, and
 * has a fixture page (with expected output) for its domain. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSiteRule, SITE_RULES } from '../core/sites';
import type { SiteRule } from '../core/sites/site-rule';
import { fixtureNames } from './fixture-cases';

const SITES_DIR = resolve(__dirname, '../core/sites');
const NOT_RULES = new Set(['index.ts', 'site-rule.ts']);
const ruleModules = import.meta.glob<{ default: SiteRule }>('../core/sites/*.ts', { eager: true });

describe('site rules', () => {
  const ruleFiles = readdirSync(SITES_DIR).filter((file) => file.endsWith('.ts') && !NOT_RULES.has(file));

  it('each rule file is named after its domain, exports its rule and is registered', () => {
    for (const file of ruleFiles) {
      const rule = ruleModules[`../core/sites/${file}`]?.default;
      expect(rule, `${file} has no default export`).toBeDefined();
      expect(`${rule.domain}.ts`).toBe(file);
      expect(SITE_RULES, `${file} is not in core/sites/index.ts`).toContain(rule);
    }
    expect(SITE_RULES).toHaveLength(ruleFiles.length);
  });

  it.each(SITE_RULES.map((rule) => [rule.domain, rule] as const))('%s says why it exists and has a fixture', (domain, rule) => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(fixtureNames().some((name) => name.split('--')[0].endsWith(domain))).toBe(true);
  });
});

describe('findSiteRule', () => {
  const rules: SiteRule[] = [
    { domain: 'example.com', why: 'test rule for the parent domain' },
    { domain: 'news.example.com', why: 'test rule for one subdomain' },
  ];

  it('matches the exact host first, then each parent domain', () => {
    expect(findSiteRule('news.example.com', rules)?.why).toBe('test rule for one subdomain');
    expect(findSiteRule('www.example.com', rules)?.why).toBe('test rule for the parent domain');
    expect(findSiteRule('EXAMPLE.COM.', rules)?.why).toBe('test rule for the parent domain');
  });

  it('never matches another domain that merely ends the same way, or a bare suffix', () => {
    expect(findSiteRule('badexample.com', rules)).toBeNull();
    expect(findSiteRule('com', rules)).toBeNull();
  });
});
