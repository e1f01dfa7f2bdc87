// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isDisplayMath, liftMath, mathTex, mathText, protectMath } from '../../core/math';
import { articleMarkdown, extractArticle } from '../../core';
import { documentFrom, prose } from './html';

const bodyOf = (html: string) => documentFrom(html).body;
const mathOf = (html: string) => bodyOf(html).querySelector('math')!;

describe('reading a formula', () => {
  it('takes the TeX from its annotation', () => {
    const math = mathOf(
      '<math><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">\\vec{x}</annotation></semantics></math>',
    );
    expect(mathTex(math)).toBe('\\vec{x}');
    expect(mathTex(mathOf('<math><mi>x</mi></math>'))).toBeNull();
  });

  it('reads MathML linearly: scripts, fractions, roots, fences, accents, tables', () => {
    expect(
      mathText(
        mathOf(
          '<math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>',
        ),
      ),
    ).toBe('x = (−b ± √(b^2 − 4ac))/2a');
    expect(
      mathText(
        mathOf(
          '<math><munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>a</mi><mi>k</mi></msub></math>',
        ),
      ),
    ).toBe('∑_(k = 1)^n a_k');
    expect(
      mathText(
        mathOf('<math><mover><mi>x</mi><mo>˙</mo></mover><mo>=</mo><mfenced><mi>a</mi><mi>b</mi></mfenced></math>'),
      ),
    ).toBe('x˙ = (a, b)');
    expect(
      mathText(
        mathOf(
          '<math><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable></math>',
        ),
      ),
    ).toBe('a b\nc d');
  });

  it('knows a displayed formula', () => {
    expect(isDisplayMath(mathOf('<math display="block"><mi>x</mi></math>'))).toBe(true);
    expect(isDisplayMath(mathOf('<math><mi>x</mi></math>'))).toBe(false);
  });
});

describe('liftMath', () => {
  it("takes MathJax 3's formula out of its container (whose class Readability takes for a menu), spaced from the words", () => {
    const body = bodyOf(
      '<p>If<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML" display="true"><mjx-math aria-hidden="true"><mjx-mi>a</mjx-mi></mjx-math><mjx-assistive-mml display="block"><math display="block"><mi>a</mi></math></mjx-assistive-mml></mjx-container>then</p>',
    );
    liftMath(body);
    expect(body.innerHTML).toBe('<p>If <math display="block"><mi>a</mi></math> then</p>');
  });

  it("takes KaTeX's and MediaWiki's MathML out of their visual copies, visible and marked display when displayed", () => {
    const body = bodyOf(
      '<span class="katex-display"><span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">x</span></span></span>' +
        '<span class="mwe-math-element"><span class="mwe-math-mathml-inline" style="display: none;"><math alttext="y"><mi>y</mi></math></span><img class="mwe-math-fallback-image-inline" aria-hidden="true" src="y.svg" alt="y"></span>',
    );
    liftMath(body);
    expect(body.innerHTML).toBe(
      '<math display="block"><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math><math alttext="y"><mi>y</mi></math>',
    );
  });

  it("gives MathJax 2's rendered formula the TeX of its script, and makes MathML from a script never rendered", () => {
    const body = bodyOf(
      '<p>A <span class="MathJax_Preview"></span><span class="MathJax"><span class="MJX_Assistive_MathML"><math><mi>z</mi></math></span></span><script type="math/tex">z</script> and <span class="MathJax_Preview">w^2</span><script type="math/tex; mode=display">w^2</script></p>',
    );
    liftMath(body);
    const [first, second] = Array.from(body.querySelectorAll('math'));
    expect(mathTex(first)).toBe('z');
    expect(mathTex(second)).toBe('w^2');
    expect(isDisplayMath(second)).toBe(true);
    expect(body.querySelector('script, .MathJax_Preview')).toBeNull();
    expect(body.querySelectorAll('math')).toHaveLength(2);
    expect(mathText(second)).toBe('w^2');
  });
});

describe('protectMath', () => {
  it('holds each formula aside as a <span> of its text, and puts it back', () => {
    const body = bodyOf('<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, two.</p>');
    const restore = protectMath(body);
    expect(body.innerHTML).toBe('<p>When <span>a ≠ 0</span>, two.</p>');
    restore(body);
    expect(body.innerHTML).toBe('<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, two.</p>');
  });
});

describe('math through extraction', () => {
  const page = (formula: string) =>
    `<article><h1>Roots</h1>${prose('First')}<p>When ${formula}, there are two solutions, and they are given by the formula below for every real case.</p>${prose('Last', 4)}</article>`;

  it('keeps MathJax 3 math in the HTML, in the sentence it belongs to, and writes it in the text and Markdown', () => {
    const formula =
      '<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi>a</mjx-mi></mjx-math><mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>';
    const doc = documentFrom(page(formula));
    const result = extractArticle(doc, doc.URL);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.contentHtml).toContain(
      '<p>When <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions',
    );
    expect(result.article.text).toContain('When a ≠ 0, there are two solutions');
    expect(articleMarkdown(result.article, window)).toContain('When a ≠ 0, there are two solutions');
  });

  it('gives TeX, inline and displayed, in Markdown', () => {
    const inline =
      '<math><semantics><mi>a</mi><annotation encoding="application/x-tex">a \\neq 0</annotation></semantics></math>';
    const display =
      '<math display="block"><semantics><mi>x</mi><annotation encoding="application/x-tex">x = \\frac{-b}{2a}</annotation></semantics></math>';
    const doc = documentFrom(page(`${inline}${display}`));
    const result = extractArticle(doc, doc.URL);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text).toContain('When a \\neq 0\n\nx = \\frac{-b}{2a}\n\n, there are two solutions');
    expect(articleMarkdown(result.article, window)).toContain(
      'When $a \\neq 0$\n\n$$\nx = \\frac{-b}{2a}\n$$\n\n, there are two solutions',
    );
  });
});
