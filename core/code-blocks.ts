/** Code blocks: their exact text (every space and line break), the language the page names for
 * them, and the line-number gutters that highlighters set beside them. Code is text whose spaces
 * are meaning: nothing here folds whitespace. */
import { lowerCaseTags, TEXTLESS_TAGS } from './html-tags';

/** Names a page gives a block without a "language-" prefix (highlight.js and GeSHi accept a bare
 * language name as a class). Only names that are not also common English words or layout names. */
const BARE_LANGUAGE_NAMES = new Set([
  'bash',
  'c',
  'clojure',
  'coffeescript',
  'cpp',
  'csharp',
  'css',
  'diff',
  'elixir',
  'erlang',
  'fsharp',
  'golang',
  'haskell',
  'html',
  'java',
  'javascript',
  'js',
  'json',
  'jsx',
  'kotlin',
  'latex',
  'lisp',
  'lua',
  'makefile',
  'markdown',
  'objectivec',
  'ocaml',
  'perl',
  'php',
  'powershell',
  'python',
  'ruby',
  'rust',
  'scala',
  'scheme',
  'shell',
  'sql',
  'swift',
  'toml',
  'tsx',
  'typescript',
  'xml',
  'yaml',
  'zsh',
]);
/** Names that say "no language" (highlight.js's opt-outs, Sphinx's default). */
const NO_LANGUAGE = new Set(['none', 'nohighlight', 'plain', 'plaintext', 'text', 'default', 'txt']);
const LANGUAGE_NAME = /^[a-z0-9][\w+#.-]{0,31}$/i;
/** "language-python", "lang-js", "brush: ruby" (SyntaxHighlighter), "highlight-source-go" (GitHub),
 * "highlight-python3" (Sphinx). */
const PREFIXED_LANGUAGE =
  /(?:^|\s)(?:language|lang)-([\w+#.-]+)|(?:^|\s)brush:\s*([\w+#.-]+)|(?:^|\s)highlight-(?:source-)?([\w+#.-]+)/i;

function validLanguage(name: string | null | undefined): string | null {
  if (!name) return null;
  const clean = name.trim().toLowerCase();
  return LANGUAGE_NAME.test(clean) && !NO_LANGUAGE.has(clean) ? clean : null;
}

/** The language a class attribute names ("hljs language-python" → "python"), else null. */
export function languageOfClass(classAttr: string | null | undefined, acceptBareName = false): string | null {
  if (!classAttr) return null;
  const match = PREFIXED_LANGUAGE.exec(classAttr);
  if (match) return validLanguage(match[1] ?? match[2] ?? match[3]);
  if (acceptBareName) {
    for (const token of classAttr.split(/\s+/))
      if (BARE_LANGUAGE_NAMES.has(token.toLowerCase())) return token.toLowerCase();
  }
  return null;
}

/** The one class the sanitizer lets through on <code>: "language-x", rebuilt from the class
 * attribute so that it is the same the second time round (a fixed point of sanitizing). */
export function codeLanguageClass(classAttr: string | null | undefined): string | null {
  const language = languageOfClass(classAttr);
  return language ? `language-${language}` : null;
}

/** The language the page names for a code block: on the <pre>, its <code>, or a highlighter's
 * wrapper just around it (Jekyll's "language-ruby highlighter-rouge", Sphinx's "highlight-python"). */
export function codeBlockLanguage(pre: Element): string | null {
  const code = codeChild(pre);
  for (const el of [code, pre]) {
    if (!el) continue;
    const named =
      validLanguage(el.getAttribute('data-lang') ?? el.getAttribute('data-language')) ??
      languageOfClass(el.getAttribute('class'), true);
    if (named) return named;
  }
  let wrapper = pre.parentElement;
  for (let depth = 0; wrapper && depth < 3 && wrapper.children.length === 1; depth++, wrapper = wrapper.parentElement) {
    const named = validLanguage(wrapper.getAttribute('data-lang')) ?? languageOfClass(wrapper.getAttribute('class'));
    if (named) return named;
  }
  return null;
}

/** The <code> that holds all of a <pre>'s text, if there is one. */
export function codeChild(pre: Element): Element | null {
  let code: Element | null = null;
  for (let child = pre.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      if (code || (child as Element).localName !== 'code') return null;
      code = child as Element;
    } else if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) {
      return null;
    }
  }
  return code;
}

/** Elements that highlighters lay out one per line inside a <pre> (Prettify's <li>s, a <div> per line). */
const LINE_ELEMENTS = new Set([
  'div',
  'li',
  'p',
  'tr',
  'table',
  'ol',
  'ul',
  'dl',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
]);
const UNREAD = new Set([...lowerCaseTags(TEXTLESS_TAGS), 'button']);

/** The exact text of a code block: spaces and tabs as they are, <br> and one-element-per-line
 * layouts as line breaks, no trailing blank lines. */
export function codeText(pre: Element): string {
  let text = '';
  const breakLine = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (UNREAD.has(tag)) continue;
        if (tag === 'br') {
          text += '\n';
          continue;
        }
        const line = LINE_ELEMENTS.has(tag);
        if (line) breakLine();
        walk(child);
        if (line) breakLine();
      }
    }
  };
  walk(pre);
  return text.replace(/\s+$/, '').replace(/^\n+/, '');
}

/** Before extraction: a code block's <br> lines become line breaks in its text (Readability turns
 * runs of <br> into paragraphs, even inside <pre>), and the language the page names goes on its
 * <code> as "language-x", the form that survives sanitizing. */
export function normalizeCodeBlocks(root: Element): void {
  for (const pre of Array.from(root.getElementsByTagName('pre'))) {
    for (const br of Array.from(pre.getElementsByTagName('br'))) br.replaceWith(pre.ownerDocument.createTextNode('\n'));
    const language = codeBlockLanguage(pre);
    if (!language) continue;
    let code = codeChild(pre);
    if (!code) {
      code = pre.ownerDocument.createElement('code');
      code.append(...Array.from(pre.childNodes));
      pre.append(code);
    }
    if (languageOfClass(code.getAttribute('class')) !== language) {
      code.setAttribute('class', `${code.getAttribute('class') ?? ''} language-${language}`.trim());
    }
  }
}

/** Class names of line-number gutters: Pygments' "linenos", Rouge's "rouge-gutter", GitHub's
 * "blob-num", highlight.js-line-numbers' "hljs-ln-numbers", CodeMirror's "CodeMirror-linenumber". */
const GUTTER_CLASS = /line-?num|lineno|(^|[\s_-])gutter([\s_-]|$)|blob-num|hljs-ln-n/i;
/** Highlighters' names for what holds the code beside a gutter. */
const CODE_CONTEXT_CLASS = /highlight|code|syntax|source|gist|blob|hljs|prism|listing/i;
const ONLY_DIGITS = /^[\d\s]*$/;

function classOf(el: Element): string {
  const value = el.getAttribute('class');
  return typeof value === 'string' ? value : '';
}

/** Whether a gutter candidate sits by code: inside a code block, in a table or wrapper that holds
 * one, or among elements a highlighter names. */
function besideCode(el: Element): boolean {
  if (el.closest('pre, code')) return true;
  if (el.closest('table')?.querySelector('pre, code')) return true;
  // A sibling code block, or a highlighter's wrapper a few levels up (not the page's own containers).
  const pageContainer = (node: Element) => /^(body|main|article|section)$/.test(node.localName);
  const parent = el.parentElement;
  if (parent && !pageContainer(parent) && parent.querySelector(':scope > pre, :scope > code')) return true;
  let ancestor: Element | null = parent;
  for (let depth = 0; ancestor && depth < 4 && !pageContainer(ancestor); depth++, ancestor = ancestor.parentElement) {
    if (CODE_CONTEXT_CLASS.test(classOf(ancestor))) return true;
  }
  return false;
}

/** Consecutive line numbers, "1 2 3" or "12\n13", as a classless gutter cell holds them. */
function isLineNumberRun(text: string): boolean {
  const numbers = text.trim().split(/\s+/).map(Number);
  if (numbers.length < 2 || numbers.some((n) => !Number.isInteger(n))) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

/** Line-number gutters beside code: elements a highlighter names as a gutter that hold only digits
 * (or nothing: numbers drawn by CSS), and the cell of a table-based highlighter that holds only a
 * run of line numbers beside a cell with the code. Never prose: a gutter holds no letters. */
export function lineNumberGutters(root: Element): Element[] {
  const found = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('[class]'))) {
    // Not a code block itself (Prism puts "line-numbers" on the <pre>), nor what holds one.
    if (el.localName === 'pre' || el.localName === 'code' || el.querySelector('code')) continue;
    if (GUTTER_CLASS.test(classOf(el)) && ONLY_DIGITS.test(el.textContent ?? '') && besideCode(el)) found.add(el);
  }
  for (const row of Array.from(root.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
    if (cells.length === 2 && cells[1].querySelector('pre, code') && isLineNumberRun(cells[0].textContent ?? ''))
      found.add(cells[0]);
  }
  // The outermost only: a gutter cell, not also the <pre> of numbers inside it.
  return Array.from(found).filter((el) => !Array.from(found).some((other) => other !== el && other.contains(el)));
}
