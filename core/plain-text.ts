/** Metadata is text, but some publishers put markup in it (`<b>` in og:title, a `<script>` in a
 * hostile page's author tag). Only real markup goes: a complete tag whose name is an HTML element,
 * a comment, and the content of elements that hold no reader's text. A bare "<" stays ("Why x<y
 * matters", "<3"): parsing the text as HTML would read "<y matters" as the start of a tag and lose
 * the rest, so the tags are found by pattern and their names checked by the DOM itself. */

/** Elements whose content is code or data, not words: dropped with what they hold. */
const NON_TEXT_ELEMENTS =
  /<(script|style|template|noscript|textarea|iframe|object|svg|math)\b(?:[^<>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>/gi;
/** A complete start or end tag (quoted attribute values may hold ">"), a comment, a CDATA marker. */
const TAG =
  /<(\/?)([a-z][a-z0-9]*(?:-[a-z0-9-]*)?)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/gi;
/** Tags inside a word ("Ann<b>e</b>"): removed without a space. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Whether `name` names an HTML element (or a custom element), asked of the document itself: an
 * unknown name gives an HTMLUnknownElement. */
function isElementName(doc: Document, name: string): boolean {
  return (
    name.includes('-') || Object.prototype.toString.call(doc.createElement(name)) !== '[object HTMLUnknownElement]'
  );
}

/** The text with its markup removed and white space folded; null when nothing is left. */
export function stripMarkup(doc: Document, text: string | null): string | null {
  if (!text || (!text.includes('<') && !text.includes(']]>'))) return text;
  const stripped = text
    .replace(NON_TEXT_ELEMENTS, ' ')
    .replace(TAG, (tag: string, _slash: string, name: string | undefined) => {
      if (!name) return ' ';
      const lower = name.toLowerCase();
      if (!isElementName(doc, lower)) return tag;
      return PHRASING.has(lower) ? '' : ' ';
    });
  return stripped.replace(/[\s\u00a0]+/g, ' ').trim() || null;
}

/** Character references decoded ("&amp;" → "&") as a <textarea> reads them: no markup is parsed. */
export function decodeEntities(doc: Document, text: string | null): string | null {
  if (!text || !text.includes('&')) return text;
  const el = doc.createElement('textarea');
  el.innerHTML = text;
  return el.value;
}
