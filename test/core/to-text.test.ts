import { describe, expect, it } from 'vitest';
import { toText } from '../../core/to-text';
import { documentFrom } from './html';

const textOf = (html: string) => toText(documentFrom(html).body);

describe('toText', () => {
  it('separates paragraphs and headings with blank lines', () => {
    expect(textOf('<h2>Heading</h2><p>First.</p><p>Second.</p>')).toBe('Heading\n\nFirst.\n\nSecond.');
  });

  it('writes list items as "- " lines, one per line', () => {
    expect(textOf('<p>Intro:</p><ul><li>one</li><li>two</li></ul><p>After.</p>')).toBe('Intro:\n\n- one\n- two\n\nAfter.');
  });

  it('never glues words across block boundaries', () => {
    expect(textOf('<div>end of one</div><div>start of two</div>')).toBe('end of one\n\nstart of two');
  });

  it('folds whitespace inside a block and keeps <br> as a line break', () => {
    expect(textOf('<p>  many \n  spaces&nbsp;here<br>next line </p>')).toBe('many spaces here\nnext line');
  });

  it("leaves out a figure's caption and credit, but keeps a quote set in a figure", () => {
    expect(textOf('<p>Story.</p><figure><img src="a.jpg"><figcaption>Caption (Credit)</figcaption></figure>')).toBe('Story.');
    expect(textOf('<figure><blockquote><p>Quoted words.</p></blockquote><figcaption>Someone</figcaption></figure>')).toBe('Quoted words.');
  });

  it('keeps the lines of preformatted text', () => {
    expect(textOf('<pre>line 1\nline 2</pre>')).toBe('line 1\nline 2');
  });

  it('ignores scripts and styles', () => {
    expect(textOf('<p>Text<script>var x = 1;</script><style>p{}</style></p>')).toBe('Text');
  });
});
