/** The kinds of HTML element that core's readers (plain text, page shape, clutter scan, code blocks)
 * agree on, in one place. Upper-case tag names, as `Element.tagName` gives them for HTML. */

/** Elements whose content is never text a reader sees: source code, styles, fallbacks, templates. */
export const TEXTLESS_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The parts inside a table, which lay out as blocks of their own. */
export const TABLE_PART_TAGS: ReadonlySet<string> = new Set(['CAPTION', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH']);

/** Elements that start a block of their own (HTML's flow elements shown as blocks), table parts included. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
  ...TABLE_PART_TAGS,
]);

/** Whether a node's text is never read (it sits right inside a script, style, noscript or template). */
export function isInTextless(node: Node): boolean {
  return TEXTLESS_TAGS.has(node.parentElement?.tagName.toUpperCase() ?? '');
}

/** Lower-case names of a set of tags, for selectors and libraries that take those (Turndown). */
export function lowerCaseTags(tags: Iterable<string>): string[] {
  return Array.from(tags, (tag) => tag.toLowerCase());
}
