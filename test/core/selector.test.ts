// @vitest-environment jsdom
/** Selectors for the user's rules: from stable ids, classes and attributes; never positions or
 * generated names; unique on the page when the page's names allow it. */
import { describe, expect, it } from 'vitest';
import { isGeneratedName, selectorFor } from '../../core/rules/selector';
import { documentFrom } from './html';

function pick(html: string, target = '#target, [data-target]'): { selector: string; matches: Element[]; el: Element } {
  const doc = documentFrom(html);
  const el = doc.querySelector(target)!;
  el.removeAttribute('data-target');
  const selector = selectorFor(el);
  return { selector, matches: Array.from(doc.querySelectorAll(selector)), el };
}

describe('isGeneratedName', () => {
  it.each([
    'Foo_bar__a1b2c',
    'styles-module__title___3kXz9',
    'css-1x2y3z',
    'sc-bdVaJa',
    'jsx-2834592',
    'bZxXyC',
    'post-12345',
    'ember123',
    'svelte-xyz123',
    ':r1:',
  ])('%s is generated', (name) => expect(isGeneratedName(name)).toBe(true));
  it.each([
    'related',
    'story-tools',
    'card__title',
    'btn-primary',
    'col-md-6',
    'ArticleBody',
    'myAdBox',
    'promo_strip',
    'mp4-player',
  ])('%s is stable', (name) => expect(isGeneratedName(name)).toBe(false));
});

describe('selectorFor', () => {
  it('uses a stable id when it has one', () => {
    expect(pick('<div><section id="related-coverage" data-target class="box"><p>x</p></section></div>').selector).toBe(
      '#related-coverage',
    );
  });

  it('skips a generated id and uses the stable class', () => {
    const { selector, matches, el } = pick(
      '<div id="ember1234" class="related-links css-1x2y3z" data-target>a</div><div class="other">b</div>',
    );
    expect(selector).toBe('div.related-links');
    expect(matches).toEqual([el]);
  });

  it('never uses CSS-module or CSS-in-JS names', () => {
    const { selector, matches, el } = pick(
      '<aside class="Promo_box__a1b2c sc-bdVaJa promo" data-target>x</aside><aside class="Promo_box__z9y8x">y</aside>',
    );
    expect(selector).toBe('aside.promo');
    expect(matches).toEqual([el]);
  });

  it('uses data-*, role and aria-label attributes', () => {
    expect(
      pick(
        '<div class="box" data-module="newsletter" data-target>x</div><div class="box" data-module="weather">y</div>',
      ).selector,
    ).toBe('div[data-module="newsletter"]');
    expect(pick('<div class="box" role="complementary" data-target>x</div><div class="box">y</div>').selector).toBe(
      'div[role="complementary"]',
    );
    expect(
      pick('<section aria-label="Related stories" data-target>x</section><section aria-label="Comments">y</section>')
        .selector,
    ).toBe('section[aria-label="Related stories"]');
  });

  it('skips attribute values that are per page (ids, addresses)', () => {
    const { selector } = pick(
      '<div class="teaser" data-story-id="9912345" data-href="/a/b" data-kind="promo" data-target>x</div><div class="teaser">y</div>',
    );
    expect(selector).toBe('div[data-kind="promo"]');
  });

  it('narrows by a named ancestor when the element has no name of its own, never by position', () => {
    const { selector, matches, el } = pick(
      '<main id="story"><ul><li>a</li></ul><aside class="rail"><ul data-target><li>b</li></ul></aside></main><footer><ul><li>c</li></ul></footer>',
    );
    expect(selector).toBe('aside.rail > ul');
    expect(matches).toEqual([el]);
    expect(selector).not.toMatch(/nth-|:first|:last/);
  });

  it('adds classes until the element is told apart', () => {
    const { selector, matches, el } = pick(
      '<div class="card wide">a</div><div class="card promo">b</div><div class="card wide promo" data-target>c</div>',
    );
    expect(matches).toEqual([el]);
    expect(selector).toMatch(/^div(\.wide\.promo|\.promo\.wide)$/);
  });

  it('escapes names CSS cannot take as they are', () => {
    const { selector, matches, el } = pick('<div><p class="x" id="1st-box" data-target>x</p></div>');
    expect(selector).toBe('#\\31 st-box');
    expect(matches).toEqual([el]);
  });

  it('gives its best when nothing tells the element apart (the picker shows the count)', () => {
    const { selector, matches } = pick('<div><p>a</p><p data-target>b</p></div>');
    expect(selector).toBe('p');
    expect(matches).toHaveLength(2);
  });
});
