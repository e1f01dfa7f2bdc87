/** When Readability's block reads like a sign-up form, the story elsewhere on the page is read. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core';
import { documentFrom, prose } from './html';

const story = Array.from({ length: 6 }, (_, i) => prose(`Councillor ${i + 1}`)).join('');

describe('a second look when the first block is not the story', () => {
  it('reads the story when the best-scored block is a sign-up form', () => {
    // Many short paragraphs in one box outscore the story's few long ones.
    const form = Array.from(
      { length: 12 },
      (_, i) => `<p>Sign up for our newsletter, field ${i}: enter your e-mail address and password, then register.</p>`,
    ).join('');
    const doc = documentFrom(`<div class="article-content"><div>${story}</div></div><div id="signup">${form}</div>`);
    const result = extractArticle(doc, 'https://news.example.com/story', { force: true });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text).toContain('Councillor 3 said officials');
  });

  it('keeps a story that reads well on the first look', () => {
    const doc = documentFrom(`<article>${story}</article>`);
    const result = extractArticle(doc, 'https://news.example.com/story', { force: true });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text).toContain('Councillor 6 said officials');
    expect(result.article.warning).toBeNull();
  });
});
