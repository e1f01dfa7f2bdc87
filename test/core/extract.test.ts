import { describe, expect, it } from 'vitest';
import { articleMarkdown, extractArticle } from '../../core';
import { documentFrom, prose } from './html';

const STORY = `<h1>The headline</h1><article>${Array.from({ length: 6 }, (_, i) => prose(`Paragraph ${i}`)).join('')}</article>`;

describe('extractArticle', () => {
  it('never changes the live page', () => {
    const doc = documentFrom(`<nav><a href="/">Home</a></nav>${STORY}<button>Save Story</button>`);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, doc.URL);
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the body as sanitized HTML and plain text (Markdown on demand), with word count and reading time', () => {
    const doc = documentFrom(STORY);
    const result = extractArticle(doc, doc.URL);
    if (!result.ok) throw new Error(result.problem.message);
    const { article } = result;
    expect(article.title).toBe('The headline');
    expect(article.text.split('\n\n')).toHaveLength(6);
    expect(article.contentHtml).toMatch(/^<div>.*<p>Paragraph 0 said/s);
    expect(articleMarkdown(article, doc.defaultView!)).toMatch(/^# The headline\n\n.*\n\nParagraph 0 said/s);
    expect(article.wordCount).toBe(6 * 3 * 17);
    expect(article.readingMinutes).toBe(1);
  });

  it('reports an empty page', () => {
    const doc = documentFrom('   ');
    expect(extractArticle(doc, doc.URL)).toEqual({
      ok: false,
      problem: { kind: 'empty', message: 'This page has no text to read.' },
    });
  });

  it('refuses a page over the element limit instead of working on it', () => {
    const doc = documentFrom(STORY);
    const result = extractArticle(doc, doc.URL, { maxElements: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem).toMatchObject({
        kind: 'too-large',
        message: expect.stringMatching(/too large.*elements/),
      });
  });

  it('says "not an article" for a page of links, and extracts anyway when forced', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Story headline number ${i}</a></li>`).join(
      '',
    );
    const doc = documentFrom(`<ul>${links}</ul><p>${'Short teaser text. '.repeat(3)}</p>`);
    const result = extractArticle(doc, doc.URL);
    expect(result.ok ? 'article' : result.problem.kind).toBe('not-article');
    const forced = extractArticle(doc, doc.URL, { force: true });
    expect(forced.ok ? 'article' : forced.problem.kind).not.toBe('not-article');
  });

  it('turns an unexpected failure into a clear problem, not an exception', () => {
    const doc = documentFrom(STORY);
    Object.defineProperty(doc, 'cloneNode', {
      value: () => {
        throw new Error('boom');
      },
    });
    const result = extractArticle(doc, doc.URL);
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'failed', message: "Pith couldn't extract an article from this page. (boom)" },
    });
  });
});

describe('extractArticle on section pages', () => {
  it('says "not an article" for headlines-with-teasers, even when each teaser is a full paragraph', () => {
    const teasers = Array.from(
      { length: 6 },
      (_, i) => `<div class="story"><h2><a href="/s${i}">Headline of story ${i}</a></h2>${prose(`Teaser ${i}`)}</div>`,
    ).join('');
    const doc = documentFrom(`<main>${teasers}</main>`);
    const result = extractArticle(doc, doc.URL);
    expect(result.ok ? 'article' : result.problem.kind).toBe('not-article');
  });

  it('trusts a page that declares itself an article even when its paragraphs are <div>s', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<div>Paragraph ${i} of a wire story set in div elements, long enough to read as a real paragraph of news text.</div>`,
    ).join('');
    const doc = documentFrom(`<h1>Wire story</h1><article>${paragraphs}</article>`, {
      head: '<meta property="og:type" content="article">',
    });
    const result = extractArticle(doc, doc.URL);
    expect(result.ok ? result.article.text.split('\n\n').length : result.problem.kind).toBe(6);
  });
});

describe('a paywall prompt taken out as clutter', () => {
  it('leaves the teaser with the paywall warning', () => {
    const doc = documentFrom(
      `<article><h1>Council votes on the levy</h1><p>The council voted on Tuesday to put the transit levy to the voters in May, after a debate that ran past midnight.</p><div class="barrier"><p>To view the full story, please subscribe to The Example Times.</p><a href="/subscribe">Subscribe</a></div></article>`,
    );
    const result = extractArticle(doc, 'https://news.example.com/story', { force: true });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text).not.toContain('To view the full story');
    expect(result.article.warning?.kind).toBe('paywall');
  });
});
