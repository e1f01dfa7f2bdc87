// @vitest-environment jsdom
/** The body through the whole pipeline (Readability, sanitizer, tidying): what it keeps of code,
 * figures, tables and definition lists, in the HTML, the text and the Markdown. */
import { describe, expect, it } from 'vitest';
import { articleMarkdown, extractArticle, sanitizeHtml } from '../../core';
import type { Article } from '../../core/article';
import { documentFrom, prose } from './html';

function extracted(body: string, force = false): Article {
  const doc = documentFrom(body);
  const result = extractArticle(doc, doc.URL, { force });
  if (!result.ok) throw new Error(result.problem.message);
  return result.article;
}

describe('a code block', () => {
  const page = `<article><h1>How to</h1>${prose('First', 3)}<div class="highlight"><pre class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="kd">func</span><span class="w"> </span><span class="nf">main</span><span class="p">()</span><span class="w"> </span><span class="p">{</span>\n</span><span class="line"><span class="w">	</span><span class="nx">fmt</span><span class="p">.</span><span class="nf">Println</span><span class="p">(</span><span class="s">"hi"</span><span class="p">)</span>\n</span><span class="line"><span class="p">}</span></span></code></pre></div>${prose('Last', 3)}</article>`;

  it('keeps its exact text, and its language as its one class, in HTML that sanitizes to itself', () => {
    const article = extracted(page);
    expect(article.contentHtml).toContain('<pre><code class="language-go">');
    expect(sanitizeHtml(window, article.contentHtml)).toBe(article.contentHtml);
    expect(article.text).toContain('\n\nfunc main() {\n\tfmt.Println("hi")\n}\n\n');
  });

  it('is a fenced block with its language in Markdown', () => {
    expect(articleMarkdown(extracted(page), window)).toContain(
      '\n\n```go\nfunc main() {\n\tfmt.Println("hi")\n}\n```\n\n',
    );
  });
});

describe('a figure', () => {
  it('holding the whole body still gives the body as text', () => {
    const article = extracted(`<figure>${prose('First', 3)}${prose('Second', 3)}</figure>`, true);
    expect(article.text).toMatch(/^First said officials.*\n\nSecond said officials/s);
  });

  it("in the story gives its informative caption, not its credit; the lead picture's caption stays out", () => {
    const lead =
      '<figure><img src="https://news.example.com/lead.jpg"><figcaption>The lead picture shows the harbour at night.</figcaption></figure>';
    const inner =
      '<figure><img src="https://news.example.com/b.jpg"><figcaption>Dock workers at the north gate on Monday. (Jane Doe/Reuters)</figcaption></figure>';
    const article = extracted(
      `<article><h1>Strike</h1>${lead}${prose('First', 3)}${inner}${prose('Second', 3)}</article>`,
    );
    expect(article.leadImage?.caption).toBe('The lead picture shows the harbour at night.');
    expect(article.text).not.toContain('harbour at night');
    expect(article.text).toContain('\n\nDock workers at the north gate on Monday.\n\nSecond said');
    expect(article.text).not.toContain('Reuters');
  });

  it('whose caption is the headline does not repeat it', () => {
    const figure =
      '<figure><img src="https://news.example.com/b.jpg"><figcaption>Strike closes the port</figcaption></figure>';
    const article = extracted(
      `<article><h1>Strike closes the port</h1>${prose('First', 3)}${figure}${prose('Second', 3)}</article>`,
    );
    expect(article.text).not.toContain('Strike closes the port');
  });
});

describe('a table', () => {
  it('keeps its cells apart in text and is a GFM table in Markdown', () => {
    const table =
      '<table><tr><th>Model</th><th>Depth</th></tr><tr><td>iPhone 16 Pro</td><td>8.3mm</td></tr><tr><td>Pixel 9</td><td>8.5mm</td></tr></table>';
    const article = extracted(`<article><h1>Phones</h1>${prose('First', 3)}${table}${prose('Second', 3)}</article>`);
    expect(article.text).toContain('Model\tDepth\niPhone 16 Pro\t8.3mm\nPixel 9\t8.5mm');
    expect(articleMarkdown(article, window)).toContain(
      '| Model | Depth |\n| --- | --- |\n| iPhone 16 Pro | 8.3mm |\n| Pixel 9 | 8.5mm |',
    );
  });
});

describe('a definition list and footnotes', () => {
  it('are kept, terms and definitions on their own lines', () => {
    const article = extracted(
      `<article><h1>Terms</h1>${prose('First', 3)}<p>The rule applies.<sup><a href="#fn1">1</a></sup></p><dl><dt>Quorum</dt><dd>The least number of members present.</dd></dl>${prose('Second', 3)}<ol class="footnotes"><li id="fn1">Council rules, section 4.</li></ol></article>`,
    );
    expect(article.text).toContain('The rule applies.[1]');
    expect(article.text).toContain('Quorum\nThe least number of members present.');
    expect(article.text).toContain('- Council rules, section 4.');
  });
});

describe('notes and footnotes in <aside> and <footer> (which Readability deletes)', () => {
  const page = (extra: string) =>
    `<article><h1>Rules</h1>${prose('First', 3)}<p>The rule applies here, as the council has said for years and again this week.<sup id="r1"><a href="#fn1">1</a></sup></p><aside class="note"><p>Note: the council changed this rule in 2019, after the flood of that spring.</p></aside>${prose('Second', 3)}${extra}</article>`;

  it('keeps a note beside the paragraphs, and the footnotes the story points to, without their back links', () => {
    const article = extracted(
      page(
        '<footer><ol><li id="fn1"><p>Council rules, section 4, as amended. <a href="#r1">↩</a></p></li></ol></footer>',
      ),
    );
    expect(article.text).toContain(
      '\n\nNote: the council changed this rule in 2019, after the flood of that spring.\n\nSecond said',
    );
    expect(article.text).toMatch(/\n\n- Council rules, section 4, as amended\.$/);
    expect(article.contentHtml).toContain('<aside><p>Note: the council changed');
    expect(articleMarkdown(article, window)).toMatch(/Council rules, section 4, as amended\.\n$/);
  });

  it('does not bring back an aside of links', () => {
    const related =
      '<aside><h3>More on this</h3><ul><li><a href="/a">Flood defences open</a></li><li><a href="/b">River levels fall after storm</a></li></ul></aside>';
    const article = extracted(page(related));
    expect(article.text).not.toContain('Flood defences open');
  });
});
