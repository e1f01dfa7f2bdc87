/** Every fixture folder is a spec: its page, run through core, must give exactly the expected output. */
import { describe, expect, it } from 'vitest';
import { blankWindow } from './core/html';
import { articleMarkdown, formatCleanText } from '../core';
import { extractFixture, fixtureNames, loadFixture } from './fixture-cases';

const win = blankWindow();

describe.each(fixtureNames())('fixture %s', (name) => {
  const fixture = loadFixture(name);
  const result = extractFixture(fixture);
  const { expected } = fixture;

  if (expected.problem) {
    it(`is reported as ${expected.problem}, with a message`, () => {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.kind).toBe(expected.problem);
      expect(result.problem.message.length).toBeGreaterThan(10);
    });
    return;
  }

  it('gives an article', () => {
    expect(result.ok ? 'article' : result.problem.message).toBe('article');
  });
  if (!result.ok) return;
  const { article } = result;

  it('has the expected title, byline, site and date', () => {
    expect(article.title).toBe(expected.title);
    if (expected.byline !== undefined) expect(article.byline).toBe(expected.byline);
    if (expected.siteName !== undefined) expect(article.siteName).toBe(expected.siteName);
    if (expected.publishedTime !== undefined) expect(article.publishedTime).toBe(expected.publishedTime);
  });

  if (expected.warning !== undefined) {
    it(`comes with ${expected.warning ? `the notice "${expected.warning}"` : 'no notice'}`, () => {
      expect(article.warning?.kind ?? null).toBe(expected.warning);
      if (article.warning) expect(article.warning.message.length).toBeGreaterThan(10);
    });
  }

  it('has the expected takeaways', () => {
    expect(article.takeaways).toEqual(expected.takeaways ?? null);
  });

  if (expected.leadImageCaption !== undefined) {
    it('has the lead image caption, once', () => {
      expect(article.leadImage?.caption ?? null).toBe(expected.leadImageCaption);
      if (expected.leadImageCaption) expect(article.text).not.toContain(expected.leadImageCaption.slice(0, 60));
    });
  }

  it('gives exactly the expected clean text', () => {
    // expected.txt is the extraction: generated key points (picked by code, not by the page) are
    // checked on their own in key-points-fixtures.test.ts.
    expect(formatCleanText(article, { generatedKeyPoints: false })).toBe(fixture.expectedText);
  });

  it('leaves none of the clutter in any output', () => {
    const outputs = [
      article.text,
      article.contentHtml,
      articleMarkdown(article, win),
      JSON.stringify(article.takeaways),
    ];
    for (const clutter of expected.absent ?? []) {
      for (const output of outputs) expect(output).not.toContain(clutter);
    }
  });

  it('never counts the takeaways as body text', () => {
    for (const item of article.takeaways?.items ?? []) expect(article.text).not.toContain(item);
  });
});
