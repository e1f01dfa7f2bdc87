import { describe, expect, it } from 'vitest';
import { blankWindow } from './html';
import { toMarkdown } from '../../core/to-markdown';
import { sanitizeToFragment } from '../../core/sanitize';

const win = blankWindow();

/** As Copy Markdown makes it: from the sanitized body. */
const markdownOf = (html: string) => toMarkdown(sanitizeToFragment(win, html));

describe('toMarkdown', () => {
  it('fences a code block with its exact text and the language the page named', () => {
    expect(
      markdownOf('<p>Run:</p><pre><code class="language-python">def f():\n    return  1\n\n\tpass</code></pre>'),
    ).toBe('Run:\n\n```python\ndef f():\n    return  1\n\n\tpass\n```');
    expect(markdownOf('<pre>a<br>  b</pre>')).toBe('```\na\n  b\n```');
  });

  it('uses a longer fence than any run of backticks in the code', () => {
    expect(markdownOf('<pre><code>use ``` to fence</code></pre>')).toBe('````\nuse ``` to fence\n````');
  });

  it('writes a data table as a GFM table, pipes escaped, short rows padded', () => {
    const table =
      '<table><thead><tr><th>Model</th><th>Depth</th></tr></thead><tbody><tr><td>iPhone 16 <b>Pro</b></td><td>8.3mm</td></tr><tr><td>A|B</td></tr></tbody></table>';
    expect(markdownOf(table)).toBe('| Model | Depth |\n| --- | --- |\n| iPhone 16 **Pro** | 8.3mm |\n| A\\|B | |');
  });

  it('puts a list in a cell on one line', () => {
    expect(
      markdownOf(
        '<table><tr><th>Divisions</th><th>Site</th></tr><tr><td><ul><li>Corporation</li><li>Foundation</li></ul></td><td>mozilla.org</td></tr></table>',
      ),
    ).toBe('| Divisions | Site |\n| --- | --- |\n| Corporation; Foundation | mozilla.org |');
  });

  it('writes a layout table as its blocks', () => {
    expect(
      markdownOf('<table><tr><td><p>First block.</p></td></tr><tr><td><p>Second block.</p></td></tr></table>'),
    ).toBe('First block.\n\nSecond block.');
  });

  it('gives TeX as $…$ inline and $$…$$ displayed, and a MathML reading when there is no TeX', () => {
    const inline =
      '<math><semantics><mi>a</mi><annotation encoding="application/x-tex">a_1</annotation></semantics></math>';
    const display =
      '<math display="block"><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math>';
    expect(markdownOf(`<p>Let ${inline} be:</p>${display}`)).toBe('Let $a_1$ be:\n\n$$\nx^2\n$$');
    expect(markdownOf('<p>Area <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math>.</p>')).toBe('Area πr^2.');
    // MathML's own whitespace stays out of the sentence.
    expect(markdownOf('<p>When <math>\n <mi> a </mi>\n <mo> ≠ </mo>\n <mn> 0 </mn>\n</math>, two.</p>')).toBe(
      'When a ≠ 0, two.',
    );
    expect(markdownOf('<p>So:</p><math display="block"><mi>x</mi><mo>=</mo><mn>1</mn></math><p>Done.</p>')).toBe(
      'So:\n\nx = 1\n\nDone.',
    );
  });

  it('writes a definition list as terms with ": definition" lines', () => {
    expect(markdownOf('<dl><dt>Term</dt><dd>Its meaning.</dd><dt>Other</dt><dd>Another.</dd></dl>')).toBe(
      'Term\n: Its meaning.\n\nOther\n: Another.',
    );
  });

  it('writes a footnote reference as a "[1]" link', () => {
    expect(markdownOf('<p>A claim.<sup><a href="https://example.com/story#fn1">1</a></sup></p>')).toBe(
      'A claim.[\\[1\\]](https://example.com/story#fn1)',
    );
  });
});
