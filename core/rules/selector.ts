/** Selectors for the user's rules, made from what stays the same from one page of a site to the
 * next: stable ids, class names and attributes (data-*, role, aria-label). Never position
 * (nth-child chains break when a paragraph is added) and never generated names (CSS-module hashes,
 * CSS-in-JS classes, page-specific numbers), which change with each build or story. */

const GENERATED_PREFIX = /^(?:css|sc|jsx|emotion|svelte|styled|astro|ember|react|radix|headlessui|mui|chakra|tw)-/i;
/** CSS-module output: `Foo_bar__a1b2c`, `styles-module__title___3kXz9`. */
const CSS_MODULE = /_{1,3}[A-Za-z0-9-]{4,}$/;
const NAME_CHARS = /^[\w-]+$/;

/** A class name, id or attribute value that a build or a story made up, not a person. */
export function isGeneratedName(name: string): boolean {
  if (!name || name.length > 60 || !NAME_CHARS.test(name)) return true;
  if (GENERATED_PREFIX.test(name)) return true;
  if (/\d{3,}/.test(name)) return true; // post-12345, ember123: page-specific or counted
  const moduleSuffix = CSS_MODULE.exec(name)?.[0].replace(/^_+/, '');
  if (moduleSuffix && name.includes('_') && /\d|[a-z][A-Z]/.test(moduleSuffix)) return true;
  for (const segment of name.split(/[-_]+/)) {
    // a1b2c, 1x2y3z: letters and digits mixed in one long part.
    if (segment.length >= 5 && /\d/.test(segment) && /[a-z]/i.test(segment)) return true;
  }
  // Short names with many capitals: styled-components' "bZxXyC".
  const capitals = name.slice(1).replace(/[^A-Z]/g, '').length;
  return name.length <= 8 && /^[A-Za-z]+$/.test(name) && capitals / name.length >= 0.3;
}

/** CSS.escape for identifiers (not available in every JavaScript runtime Pith's core runs in). */
export function cssIdent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const code = value.charCodeAt(i);
    const leadingDigit = /\d/.test(ch) && (i === 0 || (i === 1 && value[0] === '-'));
    if (leadingDigit) out += `\\${code.toString(16)} `;
    else if (/[\w-]/.test(ch) || code >= 0x80) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

const attrValue = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Attributes that name what a block is, in order of preference. */
function stableAttributes(el: Element): string[] {
  const found: string[] = [];
  for (const { name, value } of Array.from(el.attributes)) {
    const isData =
      name.startsWith('data-') && !name.startsWith('data-pith') && !/^data-(?:v-|reactid|react|testid-\d)/.test(name);
    if (!isData && name !== 'role' && name !== 'aria-label') continue;
    if (value.length > 50 || /[{}<>/]|https?:/.test(value) || /\d{3,}/.test(value)) continue;
    if (
      isData &&
      value &&
      value.split(/\s+/).some((part) => /^[\w-]+$/.test(part) && isGeneratedName(part) && /\d/.test(part))
    )
      continue;
    found.push(value ? `[${name}=${attrValue(value)}]` : `[${name}]`);
  }
  return found;
}

function stableId(el: Element): string | null {
  const id = el.getAttribute('id');
  return id && !isGeneratedName(id) ? `#${cssIdent(id)}` : null;
}

/** What one element can be told by: id, classes, attributes (never its position). */
function features(el: Element): string[] {
  const classes = Array.from(el.classList)
    .filter((name) => !isGeneratedName(name) && !name.startsWith('pith-'))
    .map((name) => `.${cssIdent(name)}`);
  const id = stableId(el);
  return [...(id ? [id] : []), ...classes, ...stableAttributes(el)];
}

function count(doc: Document | Element, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The element's own part: its tag plus the few features that narrow the matches most. */
function compound(scope: Document, el: Element, maxFeatures = 3, named = false): { selector: string; matches: number } {
  const tag =
    el.localName.includes('-') || /^[a-z][a-z0-9]*$/.test(el.localName) ? el.localName : cssIdent(el.localName);
  const id = stableId(el);
  if (id && count(scope, id) === 1) return { selector: id, matches: 1 };
  let selector = tag;
  let matches = count(scope, selector);
  const left = features(el);
  // `named`: an ancestor is written with a name even when its tag alone is unique (`aside.rail`
  // still says what it is when the page gains a second aside).
  for (let used = 0; used < maxFeatures && (matches > 1 || (named && used === 0)) && left.length; used++) {
    let best = -1;
    let bestMatches = named && used === 0 ? Number.POSITIVE_INFINITY : matches;
    left.forEach((feature, i) => {
      const n = count(scope, selector + feature);
      if (n < bestMatches) {
        best = i;
        bestMatches = n;
      }
    });
    if (best < 0) break;
    selector += left.splice(best, 1)[0];
    matches = bestMatches;
  }
  return { selector, matches };
}

const LANDMARK_TAGS = new Set(['article', 'main', 'aside', 'header', 'footer', 'nav', 'section', 'form']);
const MAX_ANCESTOR_STEPS = 8;
const MAX_ANCESTOR_PARTS = 2;

/** A selector for `el` that matches it (and as few others as its stable names allow) on its page.
 * When its own names are not enough, the nearest named ancestors are put in front of it. */
export function selectorFor(el: Element): string {
  const scope = el.ownerDocument;
  let { selector, matches } = compound(scope, el);
  let parts = 0;
  let direct = true;
  for (
    let anc = el.parentElement, steps = 0;
    anc && matches > 1 && parts < MAX_ANCESTOR_PARTS && steps < MAX_ANCESTOR_STEPS;
    anc = anc.parentElement, steps++
  ) {
    if (anc.localName === 'body' || anc.localName === 'html') break;
    if (features(anc).length === 0 && !LANDMARK_TAGS.has(anc.localName)) {
      direct = false;
      continue;
    }
    const ancestor = compound(scope, anc, 2, true).selector;
    const candidate = `${ancestor}${direct ? ' > ' : ' '}${selector}`;
    const n = count(scope, candidate);
    direct = false;
    if (n < matches && n >= 1) {
      selector = candidate;
      matches = n;
      parts++;
    }
  }
  return selector;
}

/** How many elements of the page a selector matches (0 for one that is not valid). */
export function matchCount(scope: Document | Element, selector: string): number {
  const n = count(scope, selector);
  return Number.isFinite(n) ? n : 0;
}
