import { describe, expect, it } from 'vitest';
import { toText } from '../../core/to-text';
import { documentFrom } from './html';

const textOf = (html: string) => toText(documentFrom(html).body);

describe('toText', () => {
  it('separates paragraphs and headings with blank lines', () => {
    expect(textOf('<h2>Heading</h2><p>First.</p><p>Second.</p>')).toBe('Heading\n\nFirst.\n\nSecond.');
  });

  it('writes list items as "- " lines, one per line', () => {
    expect(textOf('<p>Intro:</p><ul><li>one</li><li>two</li></ul><p>After.</p>')).toBe(
      'Intro:\n\n- one\n- two\n\nAfter.',
    );
  });

  it('never glues words across block boundaries', () => {
    expect(textOf('<div>end of one</div><div>start of two</div>')).toBe('end of one\n\nstart of two');
  });

  it('folds whitespace inside a block and keeps <br> as a line break', () => {
    expect(textOf('<p>  many \n  spaces&nbsp;here<br>next line </p>')).toBe('many spaces here\nnext line');
  });

  it("keeps a figure's informative caption as its own line, without its credit", () => {
    expect(
      textOf(
        '<p>Story.</p><figure><img src="a.jpg"><figcaption>Rescuers reach the flooded village. (AP Photo/Jane Doe)</figcaption></figure><p>More.</p>',
      ),
    ).toBe('Story.\n\nRescuers reach the flooded village.\n\nMore.');
    expect(
      textOf('<figure><blockquote><p>Quoted words.</p></blockquote><figcaption>Someone</figcaption></figure>'),
    ).toBe('Quoted words.\n\n— Someone');
  });

  it('leaves out credit-only captions and lines, captions the body already says, and controls beside a picture', () => {
    const body =
      '<p>The mayor opened the bridge on Monday.</p>' +
      '<figure><img src="a.jpg"><figcaption>Photo: AP</figcaption></figure>' +
      '<figure><img src="b.jpg"><figcaption>(Getty Images)</figcaption></figure>' +
      '<figure><img src="c.jpg"><span>Image copyright</span> <span>Reuters</span><a href="/report">Report</a></figure>' +
      '<figure><img src="d.jpg"><figcaption>Jane Doe/Reuters</figcaption></figure>' +
      '<figure><img src="e.jpg"><figcaption>The mayor opened the bridge on Monday.</figcaption></figure>';
    expect(textOf(body)).toBe('The mayor opened the bridge on Monday.');
  });

  it('keeps a caption whose words the story uses here and there, but in no one block', () => {
    const body =
      '<p>Water mains break across the city every winter.</p>' +
      '<p>Rock salt seeps underground and eats the cables.</p>' +
      '<figure><img src="a.jpg"><figcaption>A worker repairs cables where salt seeped underground, in Queens.</figcaption></figure>' +
      '<p>The utility says Queens is worst hit, and a worker is sent out each day.</p>';
    expect(textOf(body)).toContain('\n\nA worker repairs cables where salt seeped underground, in Queens.\n\n');
  });

  it('leaves out a teaser card set as a figure (all one link to another story)', () => {
    const card =
      '<figure><a href="/other-story"><img src="t.jpg"><figcaption><p>Rail plan</p><h3>Trains every half hour</h3><p>The operator wants a new timetable.</p></figcaption></a></figure>';
    expect(textOf(`<p>Story.</p>${card}<p>More.</p>`)).toBe('Story.\n\nMore.');
    expect(
      textOf(
        '<p>Story.</p><figure><a href="big.jpg"><img src="a.jpg"></a><figcaption>The dam at dusk, from the north bank.</figcaption></figure>',
      ),
    ).toBe('Story.\n\nThe dam at dusk, from the north bank.');
  });

  it('writes a caption shown twice (two copies of a picture) once', () => {
    const figure = '<figure><img src="a.jpg"><figcaption>A heron on the weir at dawn.</figcaption></figure>';
    expect(textOf(`<p>Birds are back.</p>${figure}${figure}`)).toBe('Birds are back.\n\nA heron on the weir at dawn.');
  });

  it("reads a figure's non-caption content as text: a body wrapped in a figure, paragraphs beside the picture", () => {
    expect(textOf('<figure><p>First paragraph of the story.</p><p>Second paragraph.</p></figure>')).toBe(
      'First paragraph of the story.\n\nSecond paragraph.',
    );
    expect(
      textOf(
        '<figure><img src="chart.png"><p>Rents rose fastest in the suburbs.</p><figcaption>Graphic: Jane Doe/Reuters</figcaption></figure>',
      ),
    ).toBe('Rents rose fastest in the suburbs.');
  });

  it('keeps the lines of preformatted text', () => {
    expect(textOf('<pre>line 1\nline 2</pre>')).toBe('line 1\nline 2');
  });

  it('keeps every space and line break of a code block', () => {
    expect(
      textOf('<p>Try:</p><pre><code>def f(x):\n    if x:\n\t\treturn  x<span> </span>+ 1\n</code></pre><p>Done.</p>'),
    ).toBe('Try:\n\ndef f(x):\n    if x:\n\t\treturn  x + 1\n\nDone.');
    expect(textOf('<pre>a<br>  b<br><br>c</pre>')).toBe('a\n  b\n\nc');
  });

  it('writes a data table one row per line, cells separated by a tab, its caption first', () => {
    const table =
      '<table><caption>Thickness</caption><thead><tr><th>Model</th><th>Depth</th><th>Weight</th></tr></thead>' +
      '<tbody><tr><td>iPhone 16 Pro</td><td>8.3mm</td><td>199 g</td></tr><tr><td>Pixel 9</td><td><p>8.5mm</p></td><td></td></tr></tbody></table>';
    expect(textOf(`<p>Compared:</p>${table}<p>After.</p>`)).toBe(
      'Compared:\n\nThickness\n\nModel\tDepth\tWeight\niPhone 16 Pro\t8.3mm\t199 g\nPixel 9\t8.5mm\t\n\nAfter.',
    );
  });

  it('puts a list in a cell on one line', () => {
    expect(
      textOf(
        '<table><tr><td>Divisions</td><td><ul><li>Corporation</li><li>Foundation</li></ul></td></tr><tr><td>Site</td><td>mozilla.org</td></tr></table>',
      ),
    ).toBe('Divisions\tCorporation; Foundation\nSite\tmozilla.org');
  });

  it('reads a layout table (one cell per row, or tables in a table) as ordinary text', () => {
    expect(textOf('<table><tr><td><p>First block.</p></td></tr><tr><td><p>Second block.</p></td></tr></table>')).toBe(
      'First block.\n\nSecond block.',
    );
    expect(
      textOf('<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>Side text.</td></tr></table>'),
    ).toBe('a\tb\n\nSide text.');
  });

  it('writes a formula as its TeX, else as a reading of its MathML; a displayed one as its own block', () => {
    const tex =
      '<math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow><annotation encoding="application/x-tex">a \\neq 0</annotation></semantics></math>';
    const frac =
      '<math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>';
    expect(textOf(`<p>When ${tex}, there are two solutions:${frac}and more.</p>`)).toBe(
      'When a \\neq 0, there are two solutions:\n\nx = (−b)/2a\n\nand more.',
    );
    expect(textOf('<p>Area <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math> grows.</p>')).toBe(
      'Area πr^2 grows.',
    );
  });

  it('gives a definition list one line per term and per definition, a blank line between entries', () => {
    expect(
      textOf(
        '<dl><dt>Term</dt><dd>Its meaning.</dd><dd>A second meaning.</dd><dt>Other</dt><dd><p>Meaning.</p></dd></dl>',
      ),
    ).toBe('Term\nIts meaning.\nA second meaning.\n\nOther\nMeaning.');
  });

  it('writes a footnote reference as "[1]" and keeps the notes', () => {
    expect(
      textOf(
        '<p>A claim.<sup><a href="#fn1">1</a></sup> Then x<sup>2</sup>.</p><ol><li>The source of the claim.</li></ol>',
      ),
    ).toBe('A claim.[1] Then x2.\n\n- The source of the claim.');
  });

  it('marks a list item whose text is in a paragraph', () => {
    expect(textOf('<ul><li><p>one</p></li><li><p>two</p></li></ul>')).toBe('- one\n- two');
  });

  it('ignores scripts and styles', () => {
    expect(textOf('<p>Text<script>var x = 1;</script><style>p{}</style></p>')).toBe('Text');
  });
});
