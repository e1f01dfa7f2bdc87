/** The clutter rules' conventions: every rule file is registered, every rule carries examples, and
 * each example holds — what it removes goes (in the reader's copy and on the live page alike), what
 * it keeps survives every rule. */
import { describe, expect, it } from 'vitest';
import type { RemovedBlock } from '../../core/article';
import type { ClutterRule } from '../../core/clutter/rule';
import { scanForClutter } from '../../core/clutter/rule';
import { findClutter } from '../../core/clutter/find-clutter';
import { GENERIC_CLUTTER_RULES } from '../../core/clutter/registry';
import { removeClutter } from '../../core/clutter/remove-clutter';
import { normalizeSpace } from '../../core/dom';
import { documentFrom, prose } from './html';

/** The driver and shared helpers; every other file in core/clutter/ holds rules. */
const INFRASTRUCTURE = ['rule.ts', 'find-clutter.ts', 'registry.ts', 'remove-clutter.ts'];
const modules = import.meta.glob<Record<string, unknown>>('../../core/clutter/*.ts', { eager: true });

const isRule = (value: unknown): value is ClutterRule =>
  typeof value === 'object' && value !== null && 'find' in value && 'reason' in value && 'examples' in value;

const STORY = `<article>${prose('The mayor')}${prose('The council')}</article>`;

/** The words a reader would see in a snippet, one entry per text node. */
function visibleTexts(html: string): string[] {
  const doc = documentFrom(html);
  for (const el of Array.from(doc.body.querySelectorAll('script, style'))) el.remove();
  const walker = doc.createTreeWalker(doc.body, 4);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = normalizeSpace(node.nodeValue ?? '');
    // Punctuation alone ("," between two tag links) is in any story too.
    if (/[\p{L}\p{N}]{2}/u.test(text)) texts.push(text);
  }
  return texts;
}

function readerCopy(html: string, rules: readonly ClutterRule[]): string {
  const doc = documentFrom(`${STORY}<div id="example">${html}</div>`);
  const removed: RemovedBlock[] = [];
  removeClutter(doc.body, rules, removed);
  return normalizeSpace(doc.body.textContent ?? '');
}

describe('clutter rule conventions', () => {
  it('every rule file is registered, and every registered rule comes from a rule file', () => {
    const exported = new Set<ClutterRule>();
    for (const [path, module] of Object.entries(modules)) {
      if (INFRASTRUCTURE.some((name) => path.endsWith(`/${name}`))) continue;
      const rules = Object.values(module).filter(isRule);
      expect(rules.length, `${path} exports no rule`).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(GENERIC_CLUTTER_RULES, `${path}: "${rule.reason}" is not registered`).toContain(rule);
        exported.add(rule);
      }
    }
    expect(exported.size).toBe(GENERIC_CLUTTER_RULES.length);
  });

  it.each(GENERIC_CLUTTER_RULES.map((rule) => [rule.reason, rule] as const))(
    '"%s" has examples of what it removes and keeps',
    (_, rule) => {
      expect(rule.examples.removes.length).toBeGreaterThan(0);
      expect(rule.examples.keeps.length).toBeGreaterThan(0);
      expect(['page', 'reader']).toContain(rule.scope);
    },
  );
});

describe.each(GENERIC_CLUTTER_RULES.map((rule) => [rule.reason, rule] as const))('rule "%s"', (_, rule) => {
  it.each(rule.examples.removes)('removes %s', (html) => {
    const text = readerCopy(html, [rule]);
    for (const clutter of visibleTexts(html)) expect(text).not.toContain(clutter);
    expect(text).toContain('The mayor said officials');
    expect(text).toContain('The council said officials');
    // The live page (scripts in place, nothing removed first) finds the same blocks.
    const live = documentFrom(`${STORY}<div id="example">${html}</div>`);
    const example = live.getElementById('example') as Element;
    const found = findClutter(scanForClutter(live.body), [rule]).map(({ element }) => element);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((el) => example.contains(el))).toBe(true);
  });

  it.each(rule.examples.keeps)('keeps %s (against every rule)', (html) => {
    const text = readerCopy(html, GENERIC_CLUTTER_RULES);
    for (const words of visibleTexts(html)) expect(text).toContain(words);
  });
});
