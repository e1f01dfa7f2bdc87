/** Every payload of the corpus, embedded in a realistic article, through Pith's core: the HTML that
 * leaves core holds no active content, sanitizing it again changes nothing, and the Markdown holds
 * no live script link. */
import { describe, expect, it } from 'vitest';
import { blankWindow } from '../core/html';
import { articleMarkdown, extractArticle, formatCleanText, sanitizeHtml } from '../../core';
import { parsePage } from '../../cli/parse-page';
import { PAYLOADS, payloadPage } from './payload-page';
import { activeContent, LIVE_SCRIPT_LINK } from './active-content';

const win = blankWindow();

const URL = 'https://news.example.com/2026/05/01/riverside-park';

describe('the hostile payload corpus', () => {
  it('has at least 100 payloads in every category the security issue names', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(PAYLOADS.map((p) => p.category))).toEqual(
      new Set(['event-handler', 'url', 'svg-mathml', 'document-trick', 'mutation-xss', 'dom-clobbering', 'placement']),
    );
  });
});

describe.each(PAYLOADS.map((p) => [p.id, p] as const))('payload %s', (_id, payload) => {
  it('gives a safe article', () => {
    const dom = parsePage(payloadPage(payload), URL);
    const result = extractArticle(dom.window.document, URL);
    dom.window.close();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(activeContent(article.contentHtml, win.document)).toEqual([]);
    expect(sanitizeHtml(win, article.contentHtml)).toBe(article.contentHtml);
    expect(article.text).toContain('The city council voted on Tuesday');
    const markdown = articleMarkdown(article, win);
    expect(markdown).not.toMatch(LIVE_SCRIPT_LINK);
    // Plain text has no links at all: a page's literal "[x](javascript:…)" stays literal text.
    expect(formatCleanText(article)).not.toContain('<script');
    expect(article.url).toMatch(/^https?:\/\//);
    if (article.leadImage) expect(article.leadImage.src).toMatch(/^https?:\/\//);
    for (const field of [article.title, article.byline, ...(article.takeaways?.items ?? [])]) {
      expect(field === null || typeof field === 'string').toBe(true); // shown as text, never as HTML
    }
  });
});
