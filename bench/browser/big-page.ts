/** A generated article padded with `filler` extra elements (small rows of spans, as real pages'
 * markup), for the browser bench and the e2e tests of big pages. `head` goes into its <head>. */
const PARAGRAPH =
  '<p>Paragraph of the story that tells the reader how the city council voted on Tuesday to approve the new library budget after a long debate.</p>';

export const BIG_PAGE_TITLE = 'Council passes the library budget';

export function bigPage(filler: number, head = ''): string {
  const rows = Array.from(
    { length: Math.ceil(filler / 5) },
    (_, i) => `<div class="row"><span>${i}</span><span>a</span><span>b</span><span>c</span></div>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Big page</title>${head}</head><body>
    <article><h1>${BIG_PAGE_TITLE}</h1>${PARAGRAPH.repeat(10)}</article><aside>${rows.join('')}</aside></body></html>`;
}
