/** Data tables and layout tables. A data table is a grid of values and stays one in Copy text and
 * Markdown; a layout table only places blocks side by side (or one below the other) and reads as
 * ordinary text. Works on sanitized HTML, where no class or style is left to tell them apart. */

/** What a cell of a data table does not hold: whole articles, code listings, other tables. */
const LAYOUT_CONTENT = 'table, h1, h2, h3, h4, h5, h6, pre, blockquote, figure, article, section';

/** The rows of a table itself, not those of a table nested in it. */
export function tableRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

export function rowCells(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

function hasText(el: Element): boolean {
  return /\S/.test(el.textContent ?? '') || el.querySelector('img, math') !== null;
}

const layout = new WeakMap<Element, boolean>();

/** Asked of every cell while a body is written out, so the answer is kept per table (the body is
 * not changed while it is written). */
export function isLayoutTable(table: Element): boolean {
  let answer = layout.get(table);
  if (answer === undefined) layout.set(table, (answer = looksLikeLayout(table)));
  return answer;
}

function looksLikeLayout(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  if (table.querySelector(LAYOUT_CONTENT)) return true;
  const rows = tableRows(table);
  // One cell with something in it per row: a column of blocks, not a grid.
  return rows.every((row) => rowCells(row).filter(hasText).length <= 1);
}

/** The table a cell, row or row group belongs to, when it is a data table. */
export function dataTableOf(el: Element): Element | null {
  const table = el.closest('table');
  return table && !isLayoutTable(table) ? table : null;
}
