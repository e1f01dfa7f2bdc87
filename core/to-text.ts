/** Block-aware plain text from article HTML: paragraphs and headings separated by blank lines,
 * list items as "- " lines, <br> as a line break, no words glued across block boundaries.
 *
 * - Code blocks keep every space and line break.
 * - A data table gives one line per row, its cells separated by a tab (what browsers give for a
 *   table's innerText, and what a spreadsheet splits on when it is pasted); a layout table (a
 *   column of blocks, a table of tables) reads as ordinary text.
 * - A formula gives its TeX source, else a linear reading of its MathML; displayed formulas are
 *   their own block.
 * - A definition list gives each term and each definition on its own line, a blank line between
 *   entries; a footnote reference reads "[1]", a footnote's link back to it ("↩") is left out.
 * - Everything in a <figure> is text, except what a picture's caption or credit says that is not
 *   worth reading: a credit ("Photo: AP", "(Getty Images)"), a caption the body already says, a
 *   control ("Report", "Enlarge"). An informative caption is its own block, without its credit.
 *   A figure that is all one link (a teaser card for another story) is not text. */
import { normalizeSpace } from './dom';
import { codeText } from './code-blocks';
import { isDisplayMath, mathPlainText } from './math';
import { isLayoutTable, rowCells, tableRows } from './tables';
import { informativeCaption } from './caption-text';
import { BLOCK_TAGS, TEXTLESS_TAGS } from './html-tags';

/** What the plain text puts before a list item (the page itself does not show it). */
export const LIST_ITEM_MARK = '- ';

/** Not read as text: the textless tags, pictures and form controls. */
const SKIP_TAGS = new Set([...TEXTLESS_TAGS, 'IMG', 'PICTURE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Elements whose text is read as blocks of the body, wherever they are (in a figure too). */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, dl, blockquote, pre, table, article, section';

/** How a block joins the one before it: list items, and a definition under its term, on the next line. */
type BlockKind = 'paragraph' | 'item' | 'term' | 'definition';

interface Block {
  text: string;
  kind: BlockKind;
}

class BlockWriter {
  readonly blocks: Block[] = [];
  private line = '';
  private lines: string[] = [];
  private kind: BlockKind = 'paragraph';

  write(text: string): void {
    this.line += text;
  }

  lineBreak(): void {
    this.lines.push(this.line);
    this.line = '';
  }

  /** Ends the current block; `next` is what the block that follows is (a list item, a term…).
   * A mark waits for the first text: in <li><p>…</p></li> the paragraph is the list item. */
  flush(next: BlockKind = 'paragraph'): void {
    this.lines.push(this.line);
    const text = this.lines.map(normalizeSpace).filter(Boolean).join('\n');
    this.line = '';
    this.lines = [];
    if (text) {
      this.push(text);
      this.kind = next;
    } else if (next !== 'paragraph') {
      this.kind = next;
    }
  }

  /** A block written as it is: code, a table's rows. */
  verbatim(text: string): void {
    this.flush();
    if (text) this.push(text);
  }

  private push(text: string): void {
    this.blocks.push({ text: this.kind === 'item' ? `${LIST_ITEM_MARK}${text}` : text, kind: this.kind });
    this.kind = 'paragraph';
  }

  toString(): string {
    let text = '';
    this.blocks.forEach((block, i) => {
      if (i > 0) text += joinsTightly(this.blocks[i - 1].kind, block.kind) ? '\n' : '\n\n';
      text += block.text;
    });
    return text;
  }
}

function joinsTightly(previous: BlockKind, current: BlockKind): boolean {
  if (current === 'item') return previous === 'item';
  if (current === 'definition') return previous === 'term' || previous === 'definition';
  return current === 'term' && previous === 'term';
}

function kindOf(tag: string): BlockKind {
  return tag === 'LI' ? 'item' : tag === 'DT' ? 'term' : tag === 'DD' ? 'definition' : 'paragraph';
}

/** A footnote reference: a superscript link whose text is a number or mark ("1", "[2]", "*"). */
export function isFootnoteReference(el: Element): boolean {
  if (el.localName !== 'sup') return false;
  const text = normalizeSpace(el.textContent ?? '');
  const link = el.querySelector('a');
  return !!link && normalizeSpace(link.textContent ?? '') === text && /^\[?(\d{1,4}|[a-z]|[*†‡§¶]+)\]?$/i.test(text);
}

/** A footnote's link back to where it was cited ("↩", "↑", "^"): a control, not words. */
export function isBackReference(el: Element): boolean {
  return (
    el.localName === 'a' && /^[\s↩↑⤴⬆^\ufe0e\ufe0f]+$/u.test(el.textContent ?? '') && /\S/.test(el.textContent ?? '')
  );
}

export function footnoteLabel(el: Element): string {
  const text = normalizeSpace(el.textContent ?? '');
  return text.startsWith('[') ? text : `[${text}]`;
}

interface Context {
  root: Node;
  /** The body's text outside figures (read when the first caption is met). */
  bodyText: string | null;
  captions: Set<string>;
  /** Whether pictures' captions are read (the key points are picked from the text without them). */
  readCaptions: boolean;
  /** The words of each block of the body outside figures (see bodyBlockWords). */
  bodyBlocks?: Set<string>[];
}

function walk(node: Node, out: BlockWriter, context: Context): void {
  if (node.nodeType === 3) {
    out.write(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') return out.lineBreak();
  if (tag === 'MATH') return writeMath(el, out);
  if (tag === 'PRE') return out.verbatim(codeText(el));
  if (tag === 'SUP' && isFootnoteReference(el)) return out.write(footnoteLabel(el));
  if (tag === 'A' && isBackReference(el)) return;
  if (tag === 'TABLE' && !isLayoutTable(el)) return writeDataTable(el, out, context);
  if (tag === 'FIGURE') {
    // A teaser card set as a figure (a picture, a headline, a summary, all one link to another
    // story) is not this story's text.
    if (isTeaserCard(el)) return;
    out.flush();
    writeFigureContent(el, out, context, !!el.querySelector(':scope > blockquote'));
    out.flush();
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.flush(kindOf(tag));
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, context);
  if (block) out.flush();
}

function writeMath(math: Element, out: BlockWriter): void {
  const text = mathPlainText(math);
  if (!isDisplayMath(math)) return out.write(text.replace(/\s+/g, ' '));
  out.flush();
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) out.lineBreak();
    out.write(line);
  }
  out.flush();
}

/** The text of a piece of the body on one line (a table cell, a caption). */
function inlineText(node: Node, context: Context): string {
  const out = new BlockWriter();
  walk(node, out, context);
  out.flush();
  return normalizeSpace(out.blocks.map((block) => block.text).join(' '));
}

/** A cell on one line: its blocks joined by spaces, a list's items by semicolons. */
function cellText(cell: Element, context: Context): string {
  const out = new BlockWriter();
  walk(cell, out, context);
  out.flush();
  const items = out.blocks.some((block) => block.kind === 'item');
  const texts = out.blocks.map((block) =>
    block.kind === 'item' ? block.text.slice(LIST_ITEM_MARK.length) : block.text,
  );
  return normalizeSpace(texts.join(items ? '; ' : ' '));
}

function writeDataTable(table: Element, out: BlockWriter, context: Context): void {
  out.flush();
  const caption = Array.from(table.children).find((child) => child.localName === 'caption');
  if (caption) {
    out.write(inlineText(caption, context));
    out.flush();
  }
  const lines = tableRows(table)
    .map((row) => rowCells(row).map((cell) => cellText(cell, context)))
    .filter((cells) => cells.some(Boolean))
    .map((cells) => cells.join('\t'));
  out.verbatim(lines.join('\n'));
}

function isTeaserCard(figure: Element): boolean {
  const text = normalizeSpace(figure.textContent ?? '');
  if (!text) return false;
  let linked = 0;
  for (const a of Array.from(figure.querySelectorAll('a')))
    if (!a.parentElement?.closest('a')) linked += normalizeSpace(a.textContent ?? '').length;
  return linked / text.length >= 0.8 && figure.querySelector('p, h1, h2, h3, h4, h5, h6, figcaption') !== null;
}

function hasTextBlocks(el: Element): boolean {
  return el.matches(TEXT_BLOCKS) || el.querySelector(TEXT_BLOCKS) !== null;
}

/** A figure's content: its blocks of text as text; its caption, and loose words beside its
 * picture (a credit, a label, a button), as a caption: kept when they say something. */
function writeFigureContent(container: Element, out: BlockWriter, context: Context, holdsQuote: boolean): void {
  let loose: Node[] = [];
  const flushLoose = () => {
    if (loose.some((node) => /\S/.test(node.textContent ?? ''))) writeCaption(loose, out, context, false);
    loose = [];
  };
  for (let child = container.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) {
      if (child.nodeType === 3) loose.push(child);
      continue;
    }
    const el = child as Element;
    if (el.localName === 'figcaption') {
      flushLoose();
      writeCaption([el], out, context, holdsQuote);
    } else if (el.localName === 'p') {
      flushLoose();
      writeFigureParagraph(el, out, context);
    } else if (el.matches(TEXT_BLOCKS) || el.localName === 'math') {
      flushLoose();
      walk(el, out, context);
    } else if (hasTextBlocks(el)) {
      flushLoose();
      writeFigureContent(el, out, context, holdsQuote);
    } else if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      flushLoose();
      loose = [el];
      flushLoose();
    } else {
      loose.push(el);
    }
  }
  flushLoose();
}

/** A paragraph in a figure is text, unless it is only a credit or a player's notice (a credit line
 * often becomes a paragraph on its way through Readability); a credit at its end goes. */
function writeFigureParagraph(p: Element, out: BlockWriter, context: Context): void {
  const text = inlineText(p, context);
  const kept = informativeCaption(text);
  if (kept === text) return walk(p, out, context);
  if (!kept) return;
  out.flush();
  out.write(kept);
  out.flush();
}

/** Words that are a control beside a picture, not a caption: short and all link text. */
function isControl(nodes: Node[], text: string): boolean {
  if (text.split(/\s+/).length > 3) return false;
  let linked = '';
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const links = el.localName === 'a' ? [el] : Array.from(el.querySelectorAll('a'));
    for (const a of links) linked += a.textContent ?? '';
  }
  return normalizeSpace(linked).length >= text.length;
}

function writeCaption(nodes: Node[], out: BlockWriter, context: Context, quoteAttribution: boolean): void {
  if (!context.readCaptions) return;
  const text = normalizeSpace(nodes.map((node) => inlineText(node, context)).join(' '));
  if (!text || isControl(nodes, text)) return;
  const caption = informativeCaption(text);
  if (!caption || context.captions.has(caption) || repeatsTheBody(caption, context)) return;
  context.captions.add(caption);
  out.flush();
  out.write(quoteAttribution && !/^[—–-]/.test(caption) ? `— ${caption}` : caption);
  out.flush();
}

/** Words of four letters or more, and every number: a caption that gives figures says something. */
const WORD = /\p{L}{4,}|\p{N}+/gu;
/** Share of a caption's words that one block of the body says too, above which the caption says
 * nothing new. Measured against one block, not the whole body: a long story holds most words of
 * any caption about it, yet a caption that tells what the picture shows says it nowhere else. */
const REPEATED_SHARE = 0.8;
/** Blocks of the body a caption may repeat. */
const BODY_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, td, th';

/** A caption that only says again what the body says (the story's own sentence under its picture)
 * stays in the HTML beside the picture, but is not read twice in the text. */
function repeatsTheBody(caption: string, context: Context): boolean {
  const body = bodyTextOf(context);
  if (body.includes(caption)) return true;
  const words = caption.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return false;
  return bodyBlockWords(context).some(
    (block) => words.filter((word) => block.has(word)).length / words.length >= REPEATED_SHARE,
  );
}

function bodyTextOf(context: Context): string {
  if (context.bodyText === null) context.bodyText = normalizeSpace(textOutsideFigures(context.root));
  return context.bodyText;
}

/** The text of a node without the text of the figures in it (a block holding a picture does not
 * say its caption). */
function textOutsideFigures(root: Node): string {
  const parts: string[] = [];
  const collect = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && (node as Element).localName === 'figure') return;
    for (let child = node.firstChild; child; child = child.nextSibling) collect(child);
  };
  collect(root);
  return parts.join('');
}

/** The words of each block of the body outside figures, lower case (made when a caption is first weighed). */
function bodyBlockWords(context: Context): Set<string>[] {
  if (!context.bodyBlocks) {
    const root = context.root as Element | DocumentFragment;
    const blocks = 'querySelectorAll' in root ? Array.from(root.querySelectorAll(BODY_BLOCKS)) : [];
    context.bodyBlocks = blocks
      .filter((block) => !block.closest('figure'))
      .map((block) => new Set(textOutsideFigures(block).toLowerCase().match(WORD) ?? []));
  }
  return context.bodyBlocks;
}

/** Plain text of an article body; `captions: false` leaves pictures' captions out (a caption says
 * what a picture shows, which is no key point of the story). */
export function toText(root: Node, { captions = true }: { captions?: boolean } = {}): string {
  const out = new BlockWriter();
  walk(root, out, { root, bodyText: null, captions: new Set(), readCaptions: captions });
  out.flush();
  return out.toString();
}
