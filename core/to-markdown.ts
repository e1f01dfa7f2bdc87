/** Markdown of an article body, through Turndown, with the conventions most editors expect, and
 * rules of Pith's own for what Turndown does not know or would lose:
 * - code blocks fenced with their exact text and the language the page named;
 * - data tables as GFM tables (a layout table reads as its blocks);
 * - formulas as `$TeX$` inline and `$$…$$` displayed, else their MathML's linear reading;
 * - definition lists as "Term" lines with ": definition" under them (PHP Markdown Extra, Pandoc);
 * - footnote references as a "[1]" link, without the footnotes' "↩" links back to them. */
import TurndownService from 'turndown';
import type { Article } from './article';
import { formatMarkdown, type FormatOptions } from './format';
import { sanitizeToFragment } from './sanitize';
import { codeChild, codeText, languageOfClass } from './code-blocks';
import { isDisplayMath, mathTex, mathText } from './math';
import { dataTableOf, rowCells, tableRows } from './tables';
import { footnoteLabel, isBackReference, isFootnoteReference } from './to-text';
import { lowerCaseTags, TEXTLESS_TAGS } from './html-tags';

let service: TurndownService | null = null;

function fenceFor(code: string): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (run) => run[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function codeBlock(pre: HTMLElement): string {
  const code = codeChild(pre);
  const language = languageOfClass(code?.getAttribute('class')) ?? '';
  const text = codeText(pre);
  const fence = fenceFor(text);
  return `\n\n${fence}${language}\n${text}\n${fence}\n\n`;
}

function mathMarkdown(math: Element, escape: (text: string) => string): string {
  const tex = mathTex(math);
  if (isDisplayMath(math)) return tex ? `$$\n${tex}\n$$` : mathText(math).split('\n').map(escape).join('  \n');
  return tex ? `$${tex.replace(/\s*\n\s*/g, ' ')}$` : escape(mathText(math).replace(/\s+/g, ' '));
}

/** Formulas are swapped for marks before Turndown runs and written in after: as an element, a
 * formula would take the whitespace of its MathML with it ("a ≠ 0 , there"). */
const INLINE_MARK = /\uE000(\d+)\uE001/g;
const DISPLAY_MARK = /\s*\uE002(\d+)\uE003\s*/g;

function holdFormulas(root: Node, escape: (text: string) => string): { inline: string[]; display: string[] } {
  const held = { inline: [] as string[], display: [] as string[] };
  const doc = root.ownerDocument ?? (root as Document);
  const maths = (root as Element | DocumentFragment).querySelectorAll?.('math') ?? [];
  for (const math of Array.from(maths)) {
    if (math.parentElement?.closest('math')) continue;
    const markdown = mathMarkdown(math, escape);
    const display = isDisplayMath(math);
    const list = display ? held.display : held.inline;
    math.replaceWith(doc.createTextNode(display ? `\uE002${list.length}\uE003` : `\uE000${list.length}\uE001`));
    list.push(markdown);
  }
  return held;
}

/** A cell's Markdown on one line (GFM cells hold no blocks): its paragraphs joined by spaces, a
 * list's items by semicolons, its pipes escaped. */
function cellMarkdown(content: string): string {
  const lines = content
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const item = /^(?:[-*+]|\d+\.)\s+/;
  const items = lines.some((line) => item.test(line));
  return lines
    .map((line) => line.replace(item, ''))
    .join(items ? '; ' : ' ')
    .replace(/\|/g, '\\|');
}

function tableRow(content: string, row: HTMLElement): string {
  const table = dataTableOf(row)!;
  const width = Math.max(...tableRows(table).map((r) => rowCells(r).length));
  const missing = width - rowCells(row).length;
  let line = `|${content}${' |'.repeat(Math.max(0, missing))}\n`;
  // GFM needs a header row: the first row is it (most tables' first row names the columns).
  if (tableRows(table)[0] === row) line += `|${' --- |'.repeat(width)}\n`;
  return line;
}

function turndown(): TurndownService {
  if (!service) {
    const td = new TurndownService({
      headingStyle: 'atx',
      bulletListMarker: '-',
      codeBlockStyle: 'fenced',
      emDelimiter: '*',
      strongDelimiter: '**',
      linkStyle: 'inlined',
    });
    td.remove(lowerCaseTags(TEXTLESS_TAGS) as TurndownService.Filter);
    const escape = (text: string) => td.escape(text);
    td.addRule('codeBlock', { filter: 'pre', replacement: (_content, node) => codeBlock(node as HTMLElement) });
    td.addRule('tableCell', {
      filter: (node) => (node.localName === 'td' || node.localName === 'th') && dataTableOf(node) !== null,
      replacement: (content) => ` ${cellMarkdown(content)} |`,
    });
    td.addRule('tableRow', {
      filter: (node) => node.localName === 'tr' && dataTableOf(node) !== null,
      replacement: (content, node) => tableRow(content, node as HTMLElement),
    });
    td.addRule('tableSection', {
      filter: (node) => ['thead', 'tbody', 'tfoot'].includes(node.localName) && dataTableOf(node) !== null,
      replacement: (content) => content,
    });
    td.addRule('tableCaption', {
      filter: (node) => node.localName === 'caption' && dataTableOf(node) !== null,
      replacement: (content) => `${content.trim()}\n\n`,
    });
    td.addRule('table', {
      filter: (node) => node.localName === 'table' && dataTableOf(node) === node,
      replacement: (content) => `\n\n${content.trim()}\n\n`,
    });
    td.addRule('definitionTerm', {
      filter: 'dt',
      replacement: (content) => `\n\n${content.trim()}\n`,
    });
    td.addRule('definition', {
      filter: 'dd',
      replacement: (content) => `\n: ${content.trim().replace(/\n+/g, ' ')}\n`,
    });
    td.addRule('footnoteReference', {
      filter: (node) => isFootnoteReference(node),
      replacement: (_content, node) => {
        const label = escape(footnoteLabel(node));
        const href = node.querySelector('a')?.getAttribute('href') ?? '';
        return /^(https?:|#)/i.test(href)
          ? `[${label}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))})`
          : label;
      },
    });
    td.addRule('footnoteBackReference', { filter: (node) => isBackReference(node), replacement: () => '' });
    service = td;
  }
  return service;
}

export function toMarkdown(root: Node): string {
  const service = turndown();
  const copy = root.cloneNode(true);
  const formulas = holdFormulas(copy, (text) => service.escape(text));
  return service
    .turndown(copy as HTMLElement)
    .replace(DISPLAY_MARK, (_mark, i: string) => `\n\n${formulas.display[Number(i)]}\n\n`)
    .replace(INLINE_MARK, (_mark, i: string) => formulas.inline[Number(i)])
    .trim();
}

/** The whole article as Markdown. Made on demand (Copy Markdown, the CLI), not during extraction,
 * so the page's tab never waits for a conversion the reader may not ask for. */
export function articleMarkdown(article: Article, win: Window, options: FormatOptions = {}): string {
  return formatMarkdown(article, toMarkdown(sanitizeToFragment(win, article.contentHtml)), options);
}
