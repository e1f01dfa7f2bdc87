// @vitest-environment jsdom
/** The reader tab's pure parts: table of contents, Listen's blocks, steps and voices, and putting a
 * removed block back where core says it stood (core and reader together, through extractArticle). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../core';
import { withHeadingIds } from '../components/reader/toc';
import { readableBlocks, stepIndex, voicesFor } from '../components/reader/listen-steps';
import { canRestore, groupRemoved, withRestoredBlocks } from '../components/reader/restore-blocks';
import { documentFrom, prose } from './core/html';

describe('table of contents', () => {
  it('gives each subheading an id and an entry, depth relative to the top level', () => {
    const { html, toc } = withHeadingIds(
      document,
      '<h2>One</h2><p>a</p><h3>One point one</h3><p>b</p><h2>Two</h2><h4>Deep</h4>',
    );
    expect(toc).toEqual([
      { id: 'pith-section-1', text: 'One', depth: 1 },
      { id: 'pith-section-2', text: 'One point one', depth: 2 },
      { id: 'pith-section-3', text: 'Two', depth: 1 },
      { id: 'pith-section-4', text: 'Deep', depth: 3 },
    ]);
    expect(html).toContain('<h3 id="pith-section-2">One point one</h3>');
  });

  it('none below 3 subheadings (the HTML unchanged); empty headings do not count', () => {
    const input = '<h2>One</h2><p>a</p><h2>  </h2><h3>Two</h3>';
    expect(withHeadingIds(document, input)).toEqual({ html: input, toc: [] });
  });
});

describe('Listen', () => {
  it('reads the title, the takeaways, then each leaf block of the body once', () => {
    document.body.innerHTML = `<article><h1 class="article-title">Title</h1><ul class="takeaways-list"><li>Point</li></ul>
      <div class="article-body"><p>First</p><ul><li><p>In a list</p></li><li>Item</li></ul><blockquote><p>Quoted</p></blockquote><p> </p><h2>Sub</h2></div></article>`;
    expect(readableBlocks(document).map((el) => el.textContent)).toEqual([
      'Title',
      'Point',
      'First',
      'In a list',
      'Item',
      'Quoted',
      'Sub',
    ]);
  });

  it('steps one block at a time: not before the first, nothing past the last', () => {
    expect(stepIndex(0, 1, 3)).toBe(1);
    expect(stepIndex(2, 1, 3)).toBeNull();
    expect(stepIndex(0, -1, 3)).toBe(0);
    expect(stepIndex(2, -1, 3)).toBe(1);
    expect(stepIndex(0, 1, 0)).toBeNull();
  });

  it("picks a voice of the article's language: same tag, then same language, local and default first", () => {
    const voice = (name: string, lang: string, localService = true, isDefault = false) => ({
      name,
      lang,
      localService,
      default: isDefault,
    });
    const voices = [
      voice('US', 'en-US', true, true),
      voice('AT remote', 'de-AT', false),
      voice('DE', 'de-DE'),
      voice('AT', 'de_AT'),
      voice('FR', 'fr-FR'),
    ];
    expect(voicesFor(voices, 'de-AT').map((v) => v.name)).toEqual(['AT', 'AT remote', 'DE']);
    expect(voicesFor(voices, 'de').map((v) => v.name)).toEqual(['DE', 'AT', 'AT remote']);
    expect(voicesFor(voices, 'ja')).toEqual([]);
    expect(voicesFor(voices, null)).toEqual([]);
  });
});

describe('removed blocks, shown again in place', () => {
  const story = [prose('First part'), prose('Second part'), prose('Third part'), prose('Fourth part')];
  const newsletter =
    '<div class="newsletter"><h3>Newsletter</h3><p>Sign up for our daily newsletter.</p><form><input type="email"><button>Subscribe</button></form></div>';
  const doc = documentFrom(
    `<article><h1>Harbour plan</h1>${story[0]}${story[1]}${newsletter}${story[2]}${story[3]}</article>`,
  );
  const result = extractArticle(doc, doc.URL);
  if (!result.ok) throw new Error(result.problem.message);
  const { article } = result;
  const index = article.removed.findIndex((block) => block.reason === 'newsletter signup');

  it("core keeps the clutter block's sanitized HTML and the text around it, and marks what is shown elsewhere", () => {
    const block = article.removed[index];
    expect(block.html).toContain('Sign up for our daily newsletter.');
    expect(block.html).not.toMatch(/<form|<input|<button/);
    expect(block.after).toMatch(
      /full\. Second part said officials on Tuesday, describing plans that would take several years to complete in full\.$/,
    );
    expect(block.before).toMatch(/^Third part said officials/);
    // The body and its text are as they were: nothing of the block, no marker.
    expect(article.contentHtml).not.toContain('newsletter');
    expect(article.text).not.toContain('Newsletter');
  });

  it('puts the block back between the paragraphs where it stood, marked, and takes it out again', () => {
    expect(canRestore(document, article.contentHtml, article.removed[index])).toBe(true);
    const template = document.createElement('template');
    template.innerHTML = withRestoredBlocks(window, article.contentHtml, article.removed, new Set([index]));
    const restored = template.content.querySelector(`[data-pith-restored="${index}"]`)!;
    expect(restored.previousElementSibling?.textContent).toMatch(/^Second part/);
    expect(restored.nextElementSibling?.textContent).toMatch(/^Third part/);
    expect(restored.textContent).toContain('Hidden by Pith: newsletter signup');
    expect(restored.querySelector('[data-pith-hide]')?.textContent).toBe('Hide');
    expect(withRestoredBlocks(window, article.contentHtml, article.removed, new Set())).toBe(article.contentHtml);
  });

  it('sanitizes a block again before showing it', () => {
    const hostile = {
      reason: 'newsletter signup',
      text: 'x',
      html: '<p onclick="alert(1)">Hi<img src=x onerror=alert(1)><script>alert(1)</script></p>',
      after: article.removed[index].after,
    };
    const html = withRestoredBlocks(window, article.contentHtml, [hostile], new Set([0]));
    expect(html).toContain('Hi');
    expect(html).not.toMatch(/onclick|onerror|<script/);
  });

  it('a block with no place in the body (page chrome) cannot be shown; one without kept HTML neither', () => {
    expect(
      canRestore(document, article.contentHtml, {
        reason: 'navigation',
        text: 'Home',
        html: '<ul><li>Home</li></ul>',
        after: 'Site name',
        before: 'Search',
      }),
    ).toBe(false);
    expect(canRestore(document, article.contentHtml, { ...article.removed[index], html: undefined })).toBe(false);
  });

  it('lists only what was hidden from the reader, grouped by reason in page order', () => {
    const groups = groupRemoved([
      { reason: 'takeaways box (shown in its own box)', text: 'a', shownElsewhere: true },
      { reason: 'navigation', text: 'Home News' },
      { reason: 'newsletter signup', text: 'Sign up' },
      { reason: 'navigation', text: 'Sections' },
      { reason: 'byline repeated in the body', text: 'By A. Writer', shownElsewhere: true },
    ]);
    expect(groups.map((g) => [g.reason, g.blocks.map((b) => b.index)])).toEqual([
      ['navigation', [1, 3]],
      ['newsletter signup', [2]],
    ]);
  });
});
