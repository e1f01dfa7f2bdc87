/** The text of expected article HTML as blocks, every word kept, none glued across blocks. */
import { describe, expect, it } from 'vitest';
import { blankWindow } from './core/html';
import { htmlTextBlocks } from '../bench/html-text';

const win = blankWindow();

describe('html text blocks', () => {
  it('splits at block elements and <br>, never gluing words across them', () => {
    const html =
      '<div><h2>Title</h2><p>First <b>para</b>graph.</p><ul><li>one</li><li>two</li></ul>line<br>break</div>';
    expect(htmlTextBlocks(win.document, html)).toEqual(['Title', 'First paragraph.', 'one', 'two', 'line', 'break']);
  });

  it('keeps captions and table cells (they are part of what Readability kept), drops scripts', () => {
    const html =
      '<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure><table><tr><td>a</td><td>b</td></tr></table><script>x()</script>';
    expect(htmlTextBlocks(win.document, html)).toEqual(['A caption', 'a', 'b']);
  });
});
