// @vitest-environment jsdom
/** The off-thread reader reads a captured page exactly as core reads the live one: same extraction
 * on every fixture, web components' text included, and clutter named so it maps back. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, findPageClutter } from '../../core';
import { capturePage } from '../../content/capture';
import { liveElements } from '../../content/read-page';
import { parseCapture, readCapture } from '../../extension/off-thread';
import { atPageAddress } from '../../extension/page-address';
import { closePage, parsePage } from '../../cli/parse-page';
import { fixtureNames, loadFixture } from '../fixture-cases';

describe.each(fixtureNames())('fixture %s read from its capture', (name) => {
  it('gives the same extraction and the same clutter as reading the page in place', () => {
    const fixture = loadFixture(name);
    const dom = parsePage(fixture.html, fixture.url);
    try {
      const doc = dom.window.document;
      const inPage = extractArticle(doc, fixture.url);
      const capture = capturePage(doc);
      expect(capture).not.toBeNull();
      // Parsed in the page's own window, as the reader parses in its own (DOMPurify works per window).
      const reply = readCapture({ capture: capture!, options: {}, declutter: true }, new dom.window.DOMParser());
      // (Here that window's address is the page's, so "#place" links stay as they are: see parseCapture.)
      expect(reply.extraction).toEqual(inPage);
      const clutter = inPage.ok ? findPageClutter(doc, fixture.url, inPage.article) : [];
      expect(liveElements(doc, reply.clutter)).toEqual(clutter);
    } finally {
      closePage(dom);
    }
  });
});

describe('capture and parse', () => {
  it('keeps the doctype, the <html> attributes and the address, with elements in the same order', () => {
    const dom = new JSDOM(
      '<!doctype html><html lang="de" dir="ltr"><body><div><p>One</p></div><p>After</p></body></html>',
      { url: 'https://news.example/story' },
    );
    const doc = dom.window.document;
    const capture = capturePage(doc)!;
    expect(capture.html.startsWith('<!DOCTYPE html><html lang="de" dir="ltr"><head></head><body>')).toBe(true);
    const parsed = parseCapture(capture);
    expect(parsed.compatMode).toBe('CSS1Compat');
    const tags = (d: Document) => Array.from(d.getElementsByTagName('*'), (el) => el.tagName);
    expect(tags(parsed)).toEqual(tags(doc));
  });

  it('turns declarative shadow roots back into shadow roots, and noscript back into text where scripts run', () => {
    const html =
      '<!doctype html><html><body><x-story><template shadowrootmode="open"><p>Inside the component</p></template></x-story><noscript><img src="a.png"></noscript></body></html>';
    const capture = {
      html,
      url: 'https://news.example/a',
      baseUrl: 'https://news.example/a',
      elementCount: 5,
      noscriptAsText: true,
    };
    const doc = parseCapture(capture);
    expect(doc.querySelector('x-story')!.shadowRoot?.textContent).toBe('Inside the component');
    expect(doc.querySelector('template')).toBeNull();
    expect(doc.querySelector('noscript')!.children).toHaveLength(0);
    expect(doc.querySelector('noscript')!.textContent).toBe('<img src="a.png">');
    expect(parseCapture({ ...capture, noscriptAsText: false }).querySelector('noscript img')).not.toBeNull();
  });

  it("while a capture is read, its documents (clones too) answer the page's address; the reader's own does not", () => {
    const doc = parseCapture({
      html: '<!doctype html><p><a href="#x">x</a></p>',
      url: 'https://news.example/a#top',
      baseUrl: 'https://news.example/news/',
      elementCount: 5,
      noscriptAsText: true,
    });
    const seen = atPageAddress({ url: 'https://news.example/a#top', baseUrl: 'https://news.example/news/' }, () => {
      const clone = doc.cloneNode(true) as Document;
      return [doc.baseURI, clone.querySelector('a')!.baseURI, clone.documentURI, clone.URL, document.URL];
    });
    expect(seen).toEqual([
      'https://news.example/news/',
      'https://news.example/news/',
      'https://news.example/a#top',
      'https://news.example/a#top',
      document.URL,
    ]);
    expect(doc.URL).not.toBe('https://news.example/a#top');
  });

  it('skips a named block that is no longer the same element on the live page', () => {
    const dom = new JSDOM('<!doctype html><body><div class="ad">Ad</div><p>Text</p></body>');
    const doc = dom.window.document;
    const [html, head, body, div, p] = Array.from(doc.getElementsByTagName('*'));
    expect([html, head, body].map((el) => el.tagName)).toEqual(['HTML', 'HEAD', 'BODY']);
    expect(liveElements(doc, [{ index: 3, tag: 'DIV', className: 'ad' }])).toEqual([div]);
    expect(
      liveElements(doc, [
        { index: 4, tag: 'DIV', className: 'ad' },
        { index: 9, tag: 'P', className: '' },
      ]),
    ).toEqual([]);
    expect(
      liveElements(doc, [
        { index: 3, tag: 'DIV', className: 'promo' },
        { index: 4, tag: 'P', className: '' },
      ]),
    ).toEqual([p]);
  });

  it('does not capture XML documents (they are read in place)', () => {
    const doc = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>', {
      contentType: 'image/svg+xml',
    }).window.document;
    expect(capturePage(doc)).toBeNull();
  });
});
