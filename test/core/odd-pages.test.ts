/** Pages that are not what they seem, through core: each gives a correct article or a clear
 * message naming what is wrong — never a throw, never "no text" when the text is just elsewhere.
 * (What needs a real browser — page scripts that redefine built-ins, a page changing during
 * extraction, main-thread blocking — is in test/e2e/odd-pages.e2e.test.ts.) */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, PROBLEM_MESSAGES, type Extraction } from '../../core';
import { closePage } from '../../cli/parse-page';

const URL_ = 'https://news.example.com/story';
const para = (i: number) =>
  `<p>Paragraph ${i} of the story tells the reader how the city council voted on the new library budget, which passed after a long debate.</p>`;
const BODY = Array.from({ length: 8 }, (_, i) => para(i)).join('');

function extract(html: string, contentType = 'text/html'): Extraction {
  const dom = new JSDOM(html, { url: URL_, contentType });
  try {
    return extractArticle(dom.window.document, URL_);
  } finally {
    closePage(dom);
  }
}

const problemOf = (result: Extraction) => (result.ok ? null : result.problem);

describe('pages that are not what they seem', () => {
  it('no <html>, <head>, <body> or <title> tags: still the article, titled by its headline', () => {
    const result = extract(`<h1>Council passes the library budget</h1>${BODY}`);
    expect(result.ok && result.article.title).toBe('Council passes the library budget');
    expect(result.ok && result.article.text.split('\n\n')).toHaveLength(8);
  });

  it('a frameset, or an article inside an iframe: says the content is in frames', () => {
    const frameset = extract(
      '<html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    );
    expect(problemOf(frameset)).toEqual({ kind: 'frames', message: PROBLEM_MESSAGES.frames });
    const iframe = extract(
      `<html><head><title>I</title></head><body><iframe srcdoc="<h1>Story</h1>${BODY.replace(/"/g, '&quot;')}"></iframe></body></html>`,
    );
    expect(problemOf(iframe)?.kind).toBe('frames');
  });

  it('the story inside a web component (open shadow root, with slots): the article, as the browser shows it', () => {
    const dom = new JSDOM(
      '<html><head><title>Story in a component</title></head><body><story-body><span slot="byline">By Ann Lee</span><p>A light-DOM paragraph that the default slot shows at the end of the story, after the others.</p></story-body></body></html>',
      { url: URL_ },
    );
    const host = dom.window.document.querySelector('story-body')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<h1>Story in a component</h1><p class="by"><slot name="byline"></slot></p>${BODY}<slot></slot>`;
    const result = extractArticle(dom.window.document, URL_);
    expect(result.ok && result.article.title).toBe('Story in a component');
    expect(result.ok && result.article.text).toContain('Paragraph 7 of the story');
    expect(result.ok && result.article.text).toMatch(
      /A light-DOM paragraph that the default slot shows at the end of the story, after the others\.$/,
    );
    expect(dom.window.document.querySelector('story-body')!.children).toHaveLength(2); // the page itself is untouched
    dom.window.close();
  });

  it('a web component with only a line of text: that line, read from the shadow root, with the notice', () => {
    const dom = new JSDOM('<html><head><title>S</title></head><body><story-body></story-body></body></html>', {
      url: URL_,
    });
    dom.window.document.querySelector('story-body')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>Loading the live blog…</p>';
    const result = extractArticle(dom.window.document, URL_);
    expect(result.ok && result.article.text).toBe('Loading the live blog…');
    expect(result.ok && result.article.warning?.kind).toBe('maybe-not-article');
    dom.window.close();
  });

  it('an SVG or XML document: says it is not a web page', () => {
    expect(
      problemOf(extract('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>', 'image/svg+xml'))?.kind,
    ).toBe('not-html');
    expect(
      problemOf(extract('<?xml version="1.0"?><rss><channel><title>T</title></channel></rss>', 'application/xml'))
        ?.kind,
    ).toBe('not-html');
  });

  it('a text/plain page (browsers show it in one <pre>): a clear answer, not a crash', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Line ${i} of a plain text file about the library budget.`).join(
      '\n',
    );
    const result = extract(`<html><head></head><body><pre>${text}</pre></body></html>`);
    if (result.ok) expect(result.article.text).toContain('Line 29 of a plain text file');
    else expect(result.problem.message).toBe(PROBLEM_MESSAGES[result.problem.kind]);
  });

  it('a 50,000-node page: refused as too large, without walking it', () => {
    const html = `<html><head><title>Big</title></head><body><h1>Big</h1>${BODY}${'<span>x</span>'.repeat(50_000)}</body></html>`;
    expect(problemOf(extract(html))).toEqual({
      kind: 'too-large',
      message: `${PROBLEM_MESSAGES['too-large']} (50,013 elements)`,
    });
  });

  it('5,000 levels of nesting: the article, or "too large" when the stack runs out — never a crash', () => {
    const result = extract(
      `<html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<h1>Deep story</h1>${BODY}${'</div>'.repeat(5000)}</body></html>`,
    );
    if (result.ok) expect(result.article.text).toContain('Paragraph 7');
    else
      expect(result.problem).toEqual({
        kind: 'too-large',
        message: `${PROBLEM_MESSAGES['too-large']} (nested too deeply)`,
      });
  });

  it('right-to-left: the article keeps its direction and language', () => {
    const p =
      '<p>صوت مجلس المدينة يوم الثلاثاء على ميزانية جديدة للمكتبة العامة بعد نقاش طويل استمر عدة ساعات بين الأعضاء والسكان.</p>';
    const result = extract(
      `<html lang="ar" dir="rtl"><head><title>مجلس المدينة يقر ميزانية المكتبة</title></head><body><article><h1>مجلس المدينة يقر ميزانية المكتبة</h1>${p.repeat(8)}</article></body></html>`,
    );
    expect(result.ok && [result.article.title, result.article.dir, result.article.lang]).toEqual([
      'مجلس المدينة يقر ميزانية المكتبة',
      'rtl',
      'ar',
    ]);
    expect(result.ok && result.article.text.split('\n\n')).toHaveLength(8);
  });

  it('CJK text without spaces: the article, with a word count of its words (not of its 560 characters)', () => {
    const p =
      '<p>市議会は火曜日、長い議論の末に公立図書館の新しい予算を可決した。住民の多くが会議に出席し、閲覧室の古い目録カードの保存について意見を述べた。</p>';
    const result = extract(
      `<html lang="ja"><head><title>市議会が図書館予算を可決</title></head><body><article><h1>市議会が図書館予算を可決</h1>${p.repeat(8)}</article></body></html>`,
    );
    expect(result.ok && result.article.title).toBe('市議会が図書館予算を可決');
    // Each paragraph holds 70 characters and about 37 words (市議会|は|火曜日|長い|議論|…).
    const words = result.ok ? result.article.wordCount : 0;
    expect(words).toBeGreaterThan(8 * 30);
    expect(words).toBeLessThan(8 * 45);
    expect(result.ok && result.article.text).toContain('市議会は火曜日、長い議論の末に');
  });
});
