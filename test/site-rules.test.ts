// @vitest-environment jsdom
/** Conventions that keep site rules honest: every rule file is registered, explains itself, passes
 * the same validator as the user's rules, and has a fixture page (with expected output) for its site. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSiteRule, SITE_RULES } from '../core/sites';
import type { BuiltInSiteRule } from '../core/sites/site-rule';
import { validateRule } from '../core/rules/validate';
import { fixtureNames } from './fixture-cases';

const SITES_DIR = resolve(__dirname, '../core/sites');
const NOT_RULES = new Set(['index.ts', 'site-rule.ts']);
const ruleModules = import.meta.glob<{ default: BuiltInSiteRule }>('../core/sites/*.ts', { eager: true });

describe('site rules', () => {
  const ruleFiles = readdirSync(SITES_DIR).filter((file) => file.endsWith('.ts') && !NOT_RULES.has(file));

  it('each rule file is named after its site, exports its rule and is registered', () => {
    for (const file of ruleFiles) {
      const rule = ruleModules[`../core/sites/${file}`]?.default;
      expect(rule, `${file} has no default export`).toBeDefined();
      expect(`${rule.site}.ts`).toBe(file);
      expect(SITE_RULES, `${file} is not in core/sites/index.ts`).toContain(rule);
    }
    expect(SITE_RULES).toHaveLength(ruleFiles.length);
  });

  it.each(SITE_RULES.map((rule) => [rule.site, rule] as const))(
    '%s says why it exists, is valid and has a fixture',
    (site, rule) => {
      expect(rule.why.length).toBeGreaterThan(20);
      const problems: string[] = [];
      expect(validateRule(rule, document, problems)).toEqual(rule);
      expect(problems).toEqual([]);
      expect(fixtureNames().some((name) => name.split('--')[0].endsWith(site))).toBe(true);
    },
  );
});

describe('findSiteRule', () => {
  const rules: BuiltInSiteRule[] = [
    { site: 'example.com', hide: [], keep: [], why: 'test rule for the parent domain' },
    { site: 'news.example.com', hide: [], keep: [], why: 'test rule for one subdomain' },
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
