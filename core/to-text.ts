/** Block-aware plain text from article HTML: paragraphs and headings separated by blank lines,
 * list items as "- " lines, <br> as a line break, no words glued across block boundaries.
 * A figure's own words (caption, photo credit) are not article text; a quote or table set in a
 * <figure> is. */
import { normalizeSpace } from './dom';

/** What the plain text puts before a list item (the page itself does not show it). */
export const LIST_ITEM_MARK = '- ';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'PICTURE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

interface Block {
  text: string;
  listItem: boolean;
}

class BlockWriter {
  readonly blocks: Block[] = [];
  private line = '';
  private lines: string[] = [];
  private listItem = false;

  write(text: string): void {
    this.line += text;
  }

  lineBreak(): void {
    this.lines.push(this.line);
    this.line = '';
  }

  /** Ends the current block; `nextIsListItem` marks what follows as a "- " item. */
  flush(nextIsListItem = false): void {
    this.lines.push(this.line);
    const text = this.lines.map(normalizeSpace).filter(Boolean).join('\n');
    if (text) this.blocks.push({ text: this.listItem ? `${LIST_ITEM_MARK}${text}` : text, listItem: this.listItem });
    this.line = '';
    this.lines = [];
    this.listItem = nextIsListItem;
  }
}

/** Inside a <figure>, only these hold article text. */
const TEXT_IN_FIGURE = new Set(['BLOCKQUOTE', 'PRE', 'TABLE']);

function walk(node: Node, out: BlockWriter, inFigure = false): void {
  if (node.nodeType === 3) {
    if (!inFigure) out.write(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') return out.lineBreak();
  if (tag === 'FIGURE') inFigure = true;
  else if (TEXT_IN_FIGURE.has(tag)) inFigure = false;
  const block = BLOCK_TAGS.has(tag);
  if (block) out.flush(tag === 'LI');
  if (tag === 'PRE') {
    (el.textContent ?? '').split('\n').forEach((line, i) => {
      if (i > 0) out.lineBreak();
      out.write(line);
    });
  } else {
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, inFigure);
  }
  if (block) out.flush();
}

/** Plain text of an article body. */
export function toText(root: Node): string {
  const out = new BlockWriter();
  walk(root, out);
  out.flush();
  let text = '';
  out.blocks.forEach((block, i) => {
    if (i > 0) text += block.listItem && out.blocks[i - 1].listItem ? '\n' : '\n\n';
    text += block.text;
  });
  return text;
}
