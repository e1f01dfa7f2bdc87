// @vitest-environment jsdom
/** Key points on every fixture that gives an article: the publisher's box when the page has one,
 * else 3–5 sentences Pith picked, each found verbatim in the article's text, and the copied text
 * and Markdown say who made them. */
import { describe, expect, it } from 'vitest';
import { articleMarkdown, formatCleanText } from '../core';
import { extractFixture, fixtureNames, loadFixture } from './fixture-cases';

const articles = fixtureNames()
  .map((name) => ({ name, fixture: loadFixture(name) }))
  .filter(({ fixture }) => !fixture.expected.problem)
  .map(({ name, fixture }) => {
    const result = extractFixture(fixture);
    if (!result.ok) throw new Error(`fixture ${name} gives no article`);
    return { name, article: result.article, publisher: fixture.expected.takeaways ?? null };
  });

describe('key points on the fixtures', () => {
  it('there are fixtures both with and without a publisher box', () => {
    expect(articles.filter((a) => a.publisher).length).toBeGreaterThan(3);
    expect(articles.filter((a) => !a.publisher).length).toBeGreaterThan(3);
  });

  describe.each(articles.filter((a) => a.publisher))('$name (publisher box)', ({ article, publisher }) => {
    it("are the publisher's items, and the copies keep only the takeaways", () => {
      expect(article.keyPoints).toEqual({ method: 'publisher', items: publisher!.items });
      expect(formatCleanText(article)).not.toContain('Key points (');
    });
  });

  describe.each(articles.filter((a) => !a.publisher))('$name (no publisher box)', ({ article }) => {
    it('gets 3–5 extractive key points, each a sentence of the text, in article order', () => {
      expect(article.keyPoints?.method).toBe('extractive');
      const items = article.keyPoints!.items;
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeLessThanOrEqual(5);
      const positions = items.map((item) => article.text.indexOf(item));
      for (const [i, position] of positions.entries()) expect(position, items[i]).toBeGreaterThanOrEqual(0);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const item of items) expect(item).toMatch(/[.!。！…]["'”’»」)]*$/u);
      for (const item of items) expect(item).not.toMatch(/\?$/);
    });

    it('copy text and Markdown carry them under "picked by Pith", and leave them out when turned off', () => {
      const text = formatCleanText(article);
      expect(text).toContain(`Key points (picked by Pith):\n- ${article.keyPoints!.items[0]}`);
      expect(formatCleanText(article, { generatedKeyPoints: false })).not.toContain('Key points (');
      expect(articleMarkdown(article, window)).toContain('## Key points (picked by Pith)\n\n- ');
    });
  });
});
