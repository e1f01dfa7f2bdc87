// (DOMPurify under happy-dom does not strip event handlers; jsdom behaves as browsers do.)
import { describe, expect, it } from 'vitest';
import { blankWindow } from './html';
import { sanitizeHtml } from '../../core/sanitize';

const win = blankWindow();

const clean = (html: string) => sanitizeHtml(win, html);

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers and javascript: URLs', () => {
    const out = clean(
      '<p onclick="steal()">Hi<script>steal()</script><img src="x.jpg" onerror="steal()"><a href="javascript:steal()">link</a></p>',
    );
    expect(out).not.toMatch(/steal|onerror|onclick|javascript:|<script/i);
    expect(out).toContain('Hi');
  });

  it('removes forms, frames, styles, SVG and the ids and names pages use to clobber globals', () => {
    const out = clean(
      '<form id="config"><input name="title"></form><iframe src="https://x"></iframe><style>p{}</style><svg><script>x</script></svg><p id="x" name="y" style="color:red" class="c">text</p>',
    );
    expect(out).toBe('<p>text</p>');
  });

  it('opens links in a new tab without opener or referrer, and loads images without a referrer', () => {
    expect(clean('<a href="https://example.com/">x</a>')).toBe(
      '<a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(clean('<img src="https://example.com/a.jpg">')).toContain('referrerpolicy="no-referrer"');
  });

  it('is stable: sanitizing its own output changes nothing', () => {
    const once = clean('<p>a<b>b</b><a href="https://e.com">c</a><img src="https://e.com/i.png"></p>');
    expect(clean(once)).toBe(once);
  });

  it('keeps MathML with its TeX annotation, and leaves out annotation-xml, actions and MathML links', () => {
    const formula =
      '<math display="block"><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">x^2</annotation></semantics></math>';
    expect(clean(`<p>${formula}</p>`)).toBe(`<p>${formula}</p>`);
    expect(
      clean(
        '<math><semantics><mi>y</mi><annotation-xml encoding="text/html"><p>html</p></annotation-xml></semantics></math>',
      ),
    ).toBe('<math><semantics><mi>y</mi></semantics></math>');
    expect(
      clean('<math href="https://example.com/"><maction actiontype="statusline"><mi>z</mi></maction></math>'),
    ).toBe('<math><mi>z</mi></math>');
    expect(clean('<math><mi xlink:href="https://example.com/">z</mi></math>')).toBe('<math><mi>z</mi></math>');
  });

  it("keeps a code block's language as its one class, and nothing else of its classes", () => {
    expect(
      clean('<pre class="highlight"><code class="hljs language-python" data-lang="python">x = 1</code></pre>'),
    ).toBe('<pre><code class="language-python">x = 1</code></pre>');
    expect(clean('<p class="language-python"><code class="hljs">y</code></p>')).toBe('<p><code>y</code></p>');
  });

  it('is stable on MathML and on code languages too', () => {
    const once = clean(
      '<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>.</p><pre><code class="x language-js y">let a = 1;</code></pre><math><mtext><table><mglyph><style><img src=x></style></mglyph></table></mtext></math>',
    );
    expect(clean(once)).toBe(once);
  });
});
