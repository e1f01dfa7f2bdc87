// @vitest-environment jsdom
/** The one rule format: validation (stored rules and files), merging built-in and user rules, and
 * how core applies them — `hide` takes a block out, `keep` beats every clutter rule. */
import { describe, expect, it } from 'vitest';
import type { RemovedBlock } from '../../core/article';
import { GENERIC_CLUTTER_RULES, removeClutter } from '../../core/clutter/remove-clutter';
import { findPageClutter, extractArticle } from '../../core';
import { mergeRuleSets, pageRules, withoutSelector, type SiteRule } from '../../core/rules/rule';
import { parseRulesFile, rulesFileText, validateRules } from '../../core/rules/validate';
import { documentFrom, prose } from './html';

const STORY = `<article>${prose('The mayor')}${prose('The council')}</article>`;
const file = (rules: unknown) => JSON.stringify({ format: 'pith-rules', version: 1, rules });

describe('validating rules', () => {
  it('keeps valid rules, normalises the site, and merges two rules for one site', () => {
    const { rules, problems } = validateRules(
      [
        { site: 'KSL.com.', hide: ['.related'], keep: [] },
        {
          site: 'ksl.com',
          hide: ['.promo', '.related'],
          keep: ['#story-tools'],
          made: { '.promo': '2026-01-02T03:04:05.000Z', '.gone': '2026-01-01' },
        },
      ],
      document,
    );
    expect(problems).toEqual([]);
    expect(rules).toEqual([
      {
        site: 'ksl.com',
        hide: ['.related', '.promo'],
        keep: ['#story-tools'],
        made: { '.promo': '2026-01-02T03:04:05.000Z' },
      },
    ]);
  });

  it('leaves out a bad selector, says why, and keeps the rest of the rule', () => {
    const { rules, problems } = validateRules(
      [{ site: 'ksl.com', hide: ['div[', '.ok', 42], keep: ['::nope('] }],
      document,
    );
    expect(rules).toEqual([{ site: 'ksl.com', hide: ['.ok'], keep: [] }]);
    expect(problems).toEqual([
      'ksl.com: hide "div[": not a valid CSS selector.',
      'ksl.com: hide "42": a selector must be a non-empty text.',
      'ksl.com: keep "::nope(": not a valid CSS selector.',
    ]);
  });

  it('leaves out a rule with no usable site', () => {
    const { rules, problems } = validateRules(
      [{ hide: ['.a'] }, { site: 'not a site!', hide: [] }, 'ksl.com'],
      document,
    );
    expect(rules).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/no valid "site"/);
  });
});

describe('importing a rules file', () => {
  it('reads the exported format back exactly (export → import round-trips)', () => {
    const rules: SiteRule[] = [
      { site: 'ksl.com', hide: ['.related'], keep: ['.story-tools'], made: { '.related': '2026-01-02T03:04:05.000Z' } },
    ];
    expect(parseRulesFile(rulesFileText(rules), document)).toEqual({ ok: true, rules });
  });

  it.each([
    ['not JSON', '{"format": "pith-rules"', 'This file is not a Pith rules file: it is not JSON.'],
    [
      'a foreign file',
      JSON.stringify({ name: 'uBlock filters', rules: [] }),
      'This file is not a Pith rules file (it has no "format": "pith-rules").',
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'pith-rules', version: 2, rules: [] }),
      'This rules file is version "2"; this Pith reads version 1. Update Pith to import it.',
    ],
    [
      'no rule list',
      JSON.stringify({ format: 'pith-rules', version: 1, rules: {} }),
      'This rules file has no list of "rules".',
    ],
    [
      'a bad selector',
      file([{ site: 'ksl.com', hide: ['.ok', 'p ! q'], keep: [] }]),
      'This rules file has mistakes, so nothing was imported: ksl.com: hide "p ! q": not a valid CSS selector.',
    ],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(parseRulesFile(text, document)).toEqual({ ok: false, message });
  });
});

describe('merging rules', () => {
  const builtIn: SiteRule[] = [
    { site: 'ksl.com', hide: ['.promo', '.ticker'], keep: ['.byline-box'], content: 'main', why: 'test' },
  ];

  it('puts the user rule over the built-in one for the site (the user wins)', () => {
    const user: SiteRule[] = [{ site: 'ksl.com', hide: ['.related', '.byline-box'], keep: ['.ticker'] }];
    expect(pageRules('www.ksl.com', builtIn, user)).toEqual({
      content: 'main',
      hide: [
        { selector: '.related', reason: 'your rule' },
        { selector: '.byline-box', reason: 'your rule' },
        { selector: '.promo', reason: 'site rule for ksl.com' },
      ],
      keep: ['.ticker'],
    });
    expect(pageRules('example.com', builtIn, user)).toBeNull();
    expect(pageRules('notksl.com', builtIn, user)).toBeNull();
  });

  it('adds selectors and never drops one; a selector moved to keep leaves hide', () => {
    const saved: SiteRule[] = [{ site: 'ksl.com', hide: ['.a', '.b'], keep: [] }];
    const merged = mergeRuleSets(saved, [
      { site: 'ksl.com', hide: [], keep: ['.b'], made: { '.b': '2026-02-01T00:00:00.000Z' } },
      { site: 'bbc.co.uk', hide: ['.c'], keep: [] },
    ]);
    expect(merged).toEqual([
      { site: 'bbc.co.uk', hide: ['.c'], keep: [] },
      { site: 'ksl.com', hide: ['.a'], keep: ['.b'], made: { '.b': '2026-02-01T00:00:00.000Z' } },
    ]);
    expect(saved[0].hide).toEqual(['.a', '.b']); // the input is not changed
    expect(withoutSelector(merged, 'ksl.com', '.a')).toEqual([
      merged[0],
      { site: 'ksl.com', hide: [], keep: ['.b'], made: { '.b': '2026-02-01T00:00:00.000Z' } },
    ]);
    expect(withoutSelector(merged, 'bbc.co.uk', '.c')).toEqual([merged[1]]);
  });
});

describe('applying rules', () => {
  const rulesFor = (hide: string[], keep: string[] = []) =>
    pageRules('news.example.com', [], [{ site: 'example.com', hide, keep }]);

  it('hide takes a block out and says it was "your rule", with the selector', () => {
    const doc = documentFrom(`${STORY}<div class="more-coverage"><h3>More coverage</h3><p>Other town news</p></div>`);
    const removed: RemovedBlock[] = [];
    removeClutter(doc.body, GENERIC_CLUTTER_RULES, removed, rulesFor(['.more-coverage']));
    expect(doc.body.textContent).not.toContain('More coverage');
    expect(doc.body.textContent).toContain('The council said officials');
    expect(removed[0]).toEqual({
      reason: 'your rule',
      text: 'More coverageOther town news',
      selector: '.more-coverage',
    });
  });

  // Every generic rule's own examples of what it removes: a keep rule on the block saves it.
  const examples = GENERIC_CLUTTER_RULES.flatMap((rule) =>
    rule.examples.removes.map((html) => [rule.reason, html] as const),
  );
  it.each(examples)('keep beats the "%s" rule: %s', (_, html) => {
    const page = `${STORY}<div class="mine">${html}</div>`;
    const clean = (keep: string[]) => {
      const doc = documentFrom(page);
      removeClutter(doc.body, GENERIC_CLUTTER_RULES, [], rulesFor([], keep));
      return doc.body.querySelector('.mine')?.innerHTML ?? '';
    };
    const original = documentFrom(page).body.querySelector('.mine')!;
    for (const el of Array.from(
      original.querySelectorAll('script, style, template, svg, link, meta, canvas, iframe, object, embed'),
    ))
      el.remove();
    expect(clean([])).not.toBe(original.innerHTML); // without the rule the clutter goes…
    expect(clean(['.mine'])).toBe(original.innerHTML); // …with it, every part of the block stays
  });

  it('keep also protects a kept block from a rule that finds a block around it', () => {
    const doc = documentFrom(
      `${STORY}<nav><ul><li><a href="/a">Home</a></li><li class="keep-me"><a href="/b">Events calendar</a></li></ul></nav>`,
    );
    removeClutter(doc.body, GENERIC_CLUTTER_RULES, [], rulesFor([], ['.keep-me']));
    expect(doc.body.textContent).toContain('Events calendar');
  });

  it('keep wins over hide for the same block', () => {
    const doc = documentFrom(`${STORY}<aside class="box">Box text here</aside>`);
    removeClutter(doc.body, GENERIC_CLUTTER_RULES, [], rulesFor(['.box'], ['aside']));
    expect(doc.body.textContent).toContain('Box text here');
  });

  it('a selector this engine cannot parse matches nothing instead of failing the page', () => {
    const doc = documentFrom(`${STORY}<div class="x">Stays here</div>`);
    removeClutter(doc.body, GENERIC_CLUTTER_RULES, [], rulesFor(['div['], ['a[']));
    expect(doc.body.textContent).toContain('Stays here');
  });

  it('extractArticle and the live page apply the same rules', () => {
    const html = `<h1>Harbor plan</h1>${STORY}<div class="more-coverage"><h3>More coverage</h3><p>Other town news from the valley today</p></div><nav><a href="/">Home</a><a href="/news">News</a></nav>`;
    const rules: SiteRule[] = [{ site: 'example.com', hide: ['.more-coverage'], keep: ['nav'] }];
    const doc = documentFrom(html);
    const result = extractArticle(doc, 'https://news.example.com/story', { rules, force: true });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text).not.toContain('More coverage');
    expect(result.article.removed.find((block) => block.reason === 'your rule')?.selector).toBe('.more-coverage');
    const hidden = findPageClutter(doc, 'https://news.example.com/story', result.article, rules);
    expect(hidden.map((el) => el.className || el.localName)).toEqual(['more-coverage']);
    // Without the user's rules the nav is clutter on the live page and the block stays.
    const plain = findPageClutter(doc, 'https://news.example.com/story', result.article);
    expect(plain.map((el) => el.localName)).toContain('nav');
    expect(plain.some((el) => el.classList.contains('more-coverage'))).toBe(false);
  });
});
