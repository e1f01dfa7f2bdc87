/** axe-core in a real page: the library's own source is evaluated in the page (`axe.source`, the
 * same file axe's browser integrations inject), then `axe.run` checks the document. Used for the
 * popup and options page (chromium-a11y.e2e.test.ts); the reader tab can be checked the same way.
 * (`@axe-core/puppeteer` is not used: it pulls in a browser download.) */
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';

/** WCAG 2.0 A and AA, WCAG 2.1 AA, and axe's best practices (landmarks, heading order, regions). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing element: its selector and why it fails. */
  nodes: Array<{ target: string; summary: string }>;
}

/** Runs axe on the page as it is now and returns its violations (empty when none). */
export async function axeViolations(page: Page, tags: string[] = AXE_TAGS): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(`typeof window.axe === 'object'`);
  if (!loaded) await page.evaluate(axe.source);
  const json = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations'] });
    return JSON.stringify(result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    })));
  })()`)) as string;
  return JSON.parse(json) as AxeViolation[];
}

/** A short readable list of violations, for a failing assertion's message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary}`).join('\n')}`)
    .join('\n');
}

/** Light or dark, as the operating system would ask for it. */
export async function setColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
}
