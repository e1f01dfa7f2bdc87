/** What "active content" means for Pith's output: anything that could run script, load a frame,
 * submit a form, restyle the page or navigate to a script URL. */
// MathML is content (formulas), kept through DOMPurify's MathML allow-list; what of it could act
// is not: <annotation-xml> (which can hold HTML), <maction>, and links on MathML elements.
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'annotation-xml',
  'maction',
  'template',
  'noscript',
  'applet',
  'dialog',
]);
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'srcset'];
const SCRIPT_URL = /^(javascript|vbscript|data):/i;

/** Problems found in an HTML string, as readable lines; none for safe output. */
export function activeContent(html: string, doc: Document): string[] {
  const container = doc.createElement('div');
  container.innerHTML = html; // inert: a detached element in a test document runs nothing
  const problems: string[] = [];
  for (const el of Array.from(container.querySelectorAll('*'))) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> element`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (name.toLowerCase().startsWith('on')) problems.push(`${name} handler on <${tag}>`);
      if (name === 'style') problems.push(`style attribute on <${tag}>`);
      if (el.namespaceURI === MATHML_NAMESPACE && /(^|:)href$/.test(name))
        problems.push(`${name} link on MathML <${tag}>`);
      // Browsers ignore control characters and spaces inside a URL scheme: so must the check.
      const url = value.replace(/[\u0000-\u0020\u007f]/g, '');
      if (
        URL_ATTRIBUTES.includes(name) &&
        SCRIPT_URL.test(url) &&
        !(tag === 'img' && name === 'src' && /^data:image\//i.test(url))
      ) {
        problems.push(`${name}="${value.slice(0, 40)}" on <${tag}>`);
      }
    }
  }
  return problems;
}

/** A Markdown link or autolink to a script URL (an escaped \\] is text, not a link; a data: image is a picture). */
export const LIVE_SCRIPT_LINK =
  /(?<!\\)\]\(\s*<?\s*(javascript|vbscript|data(?!:image\/)):|<(javascript|vbscript|data(?!:image\/)):/i;
