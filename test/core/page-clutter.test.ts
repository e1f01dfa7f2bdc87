/** In-place declutter on every fixture page: what core marks on the live page is clutter, hiding it
 * never hides a line of the article, and showing it again gives back the same page. */
import { describe, expect, it } from 'vitest';
import { findPageClutter } from '../../core';
import { hideInPlace } from '../../content/hide-in-place';
import { parsePage } from '../../cli/parse-page';
import { fixtureNames, loadFixture } from '../fixture-cases';
import { extractArticle } from '../../core';

/** The page's text as a reader sees it: elements hidden with an inline display:none are skipped. */
function shownText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as HTMLElement;
  if (el.style?.display === 'none' || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) return '';
  return Array.from(el.childNodes).map(shownText).join(' ');
}
const fold = (text: string) => text.replace(/\s+/g, ' ');

const articleFixtures = fixtureNames().filter((name) => !loadFixture(name).expected.problem);

describe.each(articleFixtures)('%s', (name) => {
  it('hides only clutter: every line of the article stays visible, and "Original" restores the page exactly', () => {
    const fixture = loadFixture(name);
    const dom = parsePage(fixture.html, fixture.url);
    try {
      const doc = dom.window.document;
      const extraction = extractArticle(doc, fixture.url);
      if (!extraction.ok) throw new Error(`${name} gave no article`);
      // Inline styles are compared as the CSSOM writes them ("height: 0" reads back as "height: 0px;").
      for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[style]'))) el.style.cssText = el.style.cssText;
      const before = doc.body.outerHTML;
      const shownBefore = fold(shownText(doc.body));
      // Every line of the article the page shows (list marks of the plain text removed; takeaways
      // from metadata are not on the page) must still show once the clutter is hidden.
      const lines = [...extraction.article.text.split(/\n\n+/), ...(extraction.article.takeaways?.items ?? [])]
        .map((line) =>
          fold(line.replace(/^\s*(?:[-*]|\d+[.)]|>)\s+/, ''))
            .slice(0, 60)
            .trim(),
        )
        .filter((line) => shownBefore.includes(line));
      expect(lines.length).toBeGreaterThan(3);
      const blocks = hideInPlace(findPageClutter(doc, fixture.url, extraction.article));
      blocks.hide();
      expect(blocks.count).toBeGreaterThan(0);
      const shown = fold(shownText(doc.body));
      for (const line of lines) expect(shown).toContain(line);
      blocks.show();
      expect(doc.body.outerHTML).toBe(before);
    } finally {
      dom.window.close();
    }
  });
});

/** The KSL page, live, with what Pith would hide on it. */
function kslPage() {
  const fixture = loadFixture('www.ksl.com--sheinbaum-us-military-intervention');
  const dom = parsePage(fixture.html, fixture.url);
  const doc = dom.window.document;
  const extraction = extractArticle(doc, fixture.url);
  if (!extraction.ok) throw new Error('no article');
  return { dom, doc, hidden: findPageClutter(doc, fixture.url, extraction.article) };
}

describe('the KSL page', () => {
  it('hides Save Story, the newsletter signup, the weather widget, the most-recent and related lists, nav and ads', () => {
    const { dom, doc, hidden: elements } = kslPage();
    const hidden = elements.map((el) => fold(el.textContent ?? '').trim());
    for (const clutter of [
      'Save Story',
      'STAY IN THE KNOW',
      'KSL Weather Forecast',
      'Most recent World stories',
      'Related topics',
      'News Sports Weather',
    ]) {
      expect(hidden.some((text) => text.startsWith(clutter))).toBe(true);
    }
    expect(doc.querySelectorAll('.ad-slot').length).toBe(hidden.filter((text) => text.startsWith('googletag')).length);
    dom.window.close();
  });

  it('never hides an element holding the headline or the takeaways, even when a rule matches it', () => {
    const { dom, hidden } = kslPage();
    expect(hidden.some((el) => el.querySelector('h1') || el.textContent?.includes('KEY TAKEAWAYS'))).toBe(false);
    dom.window.close();
  });
});
