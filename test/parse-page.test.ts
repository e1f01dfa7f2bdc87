import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parsePage } from '../cli/parse-page';

// Found on a real page (nationalreview.com, benchmark page f5c90a6d…): an unprocessed Sass
// expression inside calc() makes jsdom's CSS parser throw and lose the whole page.
const BAD_CSS =
  '<style>@media (min-width: 1px) { .x { min-height: calc(($container-max-width - 16px) / 16 * 9); } }</style>';

describe('parsePage', () => {
  it('parses a page whose style sheet jsdom cannot read', () => {
    const html = `<html><head>${BAD_CSS}</head><body><p>Story text.</p></body></html>`;
    expect(() => new JSDOM(html)).toThrow();
    const dom = parsePage(html, 'https://example.com/');
    expect(dom.window.document.body.textContent).toBe('Story text.');
    dom.window.close();
  });

  it('keeps inline styles when they parse, so hidden blocks stay hidden', () => {
    const dom = parsePage('<p style="display:none">hidden</p>', 'https://example.com/');
    expect((dom.window.document.querySelector('p') as HTMLElement).style.display).toBe('none');
    dom.window.close();
  });
});
