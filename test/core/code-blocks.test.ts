import { describe, expect, it } from 'vitest';
import {
  codeBlockLanguage,
  codeLanguageClass,
  codeText,
  lineNumberGutters,
  normalizeCodeBlocks,
} from '../../core/code-blocks';
import { documentFrom } from './html';

const bodyOf = (html: string) => documentFrom(html).body;
const pre = (html: string) => bodyOf(html).querySelector('pre')!;

describe('codeText', () => {
  it('keeps every space, tab and line break, and the whitespace-only spans of a highlighter', () => {
    const block = pre(
      '<pre><code><span class="k">def</span><span class="w"> </span><span class="nf">f</span>():\n\t<span class="w">    </span>return  1\n\n# end</code></pre>',
    );
    expect(codeText(block)).toBe('def f():\n\t    return  1\n\n# end');
  });

  it('reads <br> and one-element-per-line layouts as line breaks', () => {
    expect(codeText(pre('<pre>a = 1<br>  b = 2<br><br>c</pre>'))).toBe('a = 1\n  b = 2\n\nc');
    expect(codeText(pre('<pre><ol><li>if (x) {</li><li>  go();</li><li>}</li></ol></pre>'))).toBe(
      'if (x) {\n  go();\n}',
    );
    expect(codeText(pre('<pre><div class="line">one</div><div class="line">  two</div></pre>'))).toBe('one\n  two');
  });

  it('drops trailing blank lines only', () => {
    expect(codeText(pre('<pre>  indented\n\n\n</pre>'))).toBe('  indented');
  });
});

describe('the language a page names for a code block', () => {
  it('is read from language-x / lang-x classes, data-lang, a bare language class or a highlighter wrapper', () => {
    expect(codeBlockLanguage(pre('<pre><code class="hljs language-python">x</code></pre>'))).toBe('python');
    expect(codeBlockLanguage(pre('<pre class="lang-js prettyprint">x</pre>'))).toBe('js');
    expect(codeBlockLanguage(pre('<pre data-lang="Ruby"><code>x</code></pre>'))).toBe('ruby');
    expect(codeBlockLanguage(pre('<pre class="javascript" style="font-family:monospace;">x</pre>'))).toBe('javascript');
    expect(codeBlockLanguage(pre('<pre class="brush: php">x</pre>'))).toBe('php');
    expect(
      codeBlockLanguage(
        pre(
          '<div class="language-go highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x</code></pre></div></div>',
        ),
      ),
    ).toBe('go');
  });

  it('is none for opt-outs and for class names that are not languages', () => {
    expect(codeBlockLanguage(pre('<pre><code class="nohighlight">x</code></pre>'))).toBeNull();
    expect(codeBlockLanguage(pre('<pre><code class="language-text">x</code></pre>'))).toBeNull();
    expect(codeBlockLanguage(pre('<pre class="newpage">x</pre>'))).toBeNull();
    expect(codeBlockLanguage(pre('<div class="post-body"><pre>x</pre></div>'))).toBeNull();
  });

  it('becomes the one class kept on <code>, the same each time it is rebuilt', () => {
    expect(codeLanguageClass('hljs language-typescript line-numbers')).toBe('language-typescript');
    expect(codeLanguageClass(codeLanguageClass('lang-c++'))).toBe('language-c++');
    expect(codeLanguageClass('x" onclick="y')).toBeNull();
    expect(codeLanguageClass('hljs')).toBeNull();
  });
});

describe('normalizeCodeBlocks', () => {
  it('turns <br> lines into line breaks and puts the language on a <code>, adding one if needed', () => {
    const body = bodyOf(
      '<pre class="lang-sh">ls -l<br>cd /tmp</pre><pre><code data-lang="css">a {}</code></pre><pre>plain</pre>',
    );
    normalizeCodeBlocks(body);
    expect(body.innerHTML).toBe(
      '<pre class="lang-sh"><code class="language-sh">ls -l\ncd /tmp</code></pre><pre><code data-lang="css" class="language-css">a {}</code></pre><pre>plain</pre>',
    );
  });
});

describe('lineNumberGutters', () => {
  it("finds a table highlighter's gutter cell (Pygments, Rouge), by class or by its run of numbers", () => {
    const body = bodyOf(
      '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2\n3</pre></div></td><td class="code"><div class="highlight"><pre>a\nb\nc</pre></div></td></tr></table>' +
        '<table><tbody><tr><td><pre>7\n8</pre></td><td><pre><code>x = 1\ny = 2</code></pre></td></tr></tbody></table>',
    );
    const found = lineNumberGutters(body);
    expect(found.map((el) => el.textContent)).toEqual(['1\n2\n3', '7\n8']);
    expect(found.every((el) => el.localName === 'td')).toBe(true);
  });

  it('finds line-number elements inside code and empty CSS-numbered cells of a code table', () => {
    const body = bodyOf(
      '<pre><code><span class="lineno">1 </span>first\n<span class="lineno">2 </span>second</code></pre>' +
        '<table class="highlight js-file-line-container"><tr><td class="blob-num js-line-number" data-line-number="1"></td><td class="blob-code">let a = 1;</td></tr></table>',
    );
    expect(lineNumberGutters(body).map((el) => el.className)).toEqual(['lineno', 'lineno', 'blob-num js-line-number']);
  });

  it('never takes code, prose, a data table of numbers or a layout "gutter"', () => {
    const body = bodyOf(
      '<pre class="line-numbers language-js"><code>42</code></pre>' +
        '<div class="row no-gutter"><p>Story text 2024.</p></div><div class="flex--gutter">2024</div>' +
        '<table><tr><td>1</td><td>Alice</td></tr><tr><td>2</td><td>Bob</td></tr></table>' +
        '<table><tr><td>1 2 3</td><td>Three goals in the final</td></tr></table>' +
        '<div class="highlight"><span class="gutter">12 lines</span><pre>code</pre></div>',
    );
    expect(lineNumberGutters(body)).toEqual([]);
  });
});
