/** Math: kept as MathML in the body, written as its TeX source (or a linear reading of the MathML)
 * in Copy text and Markdown.
 *
 * Readability 0.6 loses math in two ways, so it is protected before Readability runs:
 * - the renderers' wrappers look like clutter to it: MathJax 3's <mjx-container> carries the class
 *   "CtxtMenu_Attached_0" (its "menu" is one of Readability's unlikely-candidate words), and
 *   Wikipedia hides its MathML with display:none beside a fallback image. So each <math> is first
 *   lifted out of its renderer's wrapper, which only holds a second, visual copy of it;
 * - it tests tag names in upper case, and a MathML element's tagName is "math": it does not see it
 *   as phrasing content and splits the sentence around it into separate paragraphs. So each <math>
 *   waits out Readability as a <span> holding its text, and is put back after. */

const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';
/** What renderers wrap around a formula: MathJax 3 and 2 (HTML-CSS, CommonHTML, SVG), KaTeX, MediaWiki. */
const RENDERER_WRAPPER =
  'mjx-container, .MathJax, .MathJax_Display, .MathJax_CHTML, .MathJax_SVG, .MathJax_SVG_Display, .MJXc-display, .katex, .katex-display, .mwe-math-element';
/** Wrappers that say the formula is displayed on its own line. */
const DISPLAY_WRAPPER =
  'mjx-container[display="true"], .MathJax_Display, .MathJax_SVG_Display, .MJXc-display, .katex-display, .mwe-math-mathml-display, .mwe-math-element-block';
const TEX_ENCODINGS = /^(application\/(x-)?(la)?tex|tex|latex)$/i;

function mathElements(root: Element | Document): Element[] {
  return Array.from(root.getElementsByTagNameNS(MATHML_NAMESPACE, 'math'));
}

/** The TeX source a formula carries in an <annotation>, if any. */
export function mathTex(math: Element): string | null {
  for (const annotation of Array.from(math.getElementsByTagNameNS(MATHML_NAMESPACE, 'annotation'))) {
    if (TEX_ENCODINGS.test(annotation.getAttribute('encoding') ?? '')) {
      const tex = (annotation.textContent ?? '').trim();
      if (tex) return tex;
    }
  }
  return null;
}

export function isDisplayMath(math: Element): boolean {
  return math.getAttribute('display') === 'block' || math.getAttribute('mode') === 'display';
}

const SPACED_OPERATORS = new Set([
  '=',
  '+',
  '−',
  '-',
  '±',
  '∓',
  '≠',
  '<',
  '>',
  '≤',
  '≥',
  '×',
  '÷',
  '→',
  '←',
  '↔',
  '⇒',
  '⇐',
  '⇔',
  '≈',
  '≡',
  '∼',
  '≅',
  '∝',
  '∈',
  '∉',
  '⊂',
  '⊆',
  '∪',
  '∩',
  ':=',
]);

function children(el: Element): Element[] {
  return Array.from(el.children);
}

/** Whether the text is one parenthesized group: "(a + b)", not "(a)(b)". */
function isWrapped(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

/** A script, fraction part or root as one unit: parenthesized when it is more than one symbol
 * ("x^(n+1)"), else followed by a space so that what comes next does not join it ("x^n a"). */
function group(text: string): string {
  const clean = text.trim();
  if (isWrapped(clean)) return clean;
  if (/^[\p{L}\p{N}.]+$/u.test(clean) || [...clean].length <= 1) return `${clean} `;
  return `(${clean})`;
}

/** Accents set over a letter: x˙ (a derivative), B→ (a vector), x¯, x^. */
const ACCENTS = new Set(['˙', '¨', '^', 'ˆ', '~', '˜', '¯', '‾', '→', '⃗', '´', '`', 'ˇ', '˘']);

function linear(el: Element): string {
  const tag = el.localName;
  const parts = () => children(el).map(linear);
  switch (tag) {
    case 'mi':
    case 'mn':
    case 'ms':
      return (el.textContent ?? '').trim();
    case 'mtext':
      return (el.textContent ?? '').replace(/\s+/g, ' ');
    case 'mo': {
      const op = (el.textContent ?? '').trim();
      // A sign, not an operation: first in its row, or after another operator ("= −b").
      const previous = el.previousElementSibling;
      if (!previous || previous.localName === 'mo') {
        return SPACED_OPERATORS.has(op) && previous && !/^[([{|⟨]$/.test((previous.textContent ?? '').trim())
          ? ` ${op}`
          : op;
      }
      return SPACED_OPERATORS.has(op) ? ` ${op} ` : op === ',' ? ', ' : op;
    }
    case 'mspace':
      return ' ';
    case 'mphantom':
    case 'annotation':
    case 'annotation-xml':
    case 'none':
    case 'mprescripts':
      return '';
    case 'semantics':
      return el.firstElementChild ? linear(el.firstElementChild) : '';
    case 'msup':
    case 'mover': {
      const [base, sup] = parts().map((part) => part.trim());
      if (tag === 'mover' && ACCENTS.has(sup ?? '')) return `${base}${sup}`;
      return `${base}^${group(sup ?? '')}`;
    }
    case 'msub':
    case 'munder': {
      const [base, sub] = parts().map((part) => part.trim());
      return `${base}_${group(sub ?? '').trimEnd()}${/^[\p{L}\p{N}.]+$/u.test(sub ?? '') ? ' ' : ''}`;
    }
    case 'msubsup':
    case 'munderover': {
      const [base, sub, sup] = parts().map((part) => part.trim());
      return `${base}_${group(sub ?? '').trimEnd()}^${group(sup ?? '')}`;
    }
    case 'mfrac': {
      const [num, den] = parts().map((part) => part.trim());
      return `${group(num ?? '').trimEnd()}/${group(den ?? '')}`;
    }
    case 'msqrt':
      return `√${group(parts().join(''))}`;
    case 'mroot': {
      const [base, index] = parts().map((part) => part.trim());
      return `${group(base ?? '').trimEnd()}^(1/${index ?? ''})`;
    }
    case 'mfenced': {
      const open = el.getAttribute('open') ?? '(';
      const close = el.getAttribute('close') ?? ')';
      const separator = (el.getAttribute('separators') ?? ',').trim().charAt(0) || ',';
      return `${open}${parts()
        .map((p) => p.trim())
        .join(`${separator} `)}${close}`;
    }
    case 'mtable':
      return children(el)
        .map((row) => linear(row).trim())
        .join('\n');
    case 'mtr':
    case 'mlabeledtr':
      return children(el)
        .map((cell) => linear(cell).trim())
        .filter(Boolean)
        .join(' ');
    default:
      return el.children.length ? parts().join('') : (el.textContent ?? '');
  }
}

/** A linear reading of a formula's MathML ("x = (−b ± √(b^2 − 4ac))/(2a)"), for when it carries no TeX. */
export function mathText(math: Element): string {
  return linear(math)
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ ([),.;:!?\]}])/g, '$1')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** What Copy text writes for a formula: its TeX, else its linear reading. */
export function mathPlainText(math: Element): string {
  return mathTex(math) ?? mathText(math);
}

/** MathJax 2 keeps a formula's TeX in a <script type="math/tex"> beside its rendering: give the
 * MathML that TeX as an annotation, or, with no rendering at all, make MathML from it. */
function texScriptsToMath(root: Element): void {
  const doc = root.ownerDocument;
  const scripts = Array.from(root.getElementsByTagName('script')).filter((script) =>
    (script.getAttribute('type') ?? '').startsWith('math/tex'),
  );
  for (const script of scripts) {
    const tex = (script.textContent ?? '').trim();
    const display = /mode\s*=\s*display/i.test(script.getAttribute('type') ?? '');
    const rendered = script.previousElementSibling;
    let math = rendered?.matches(RENDERER_WRAPPER) ? mathElements(rendered)[0] : undefined;
    if (!tex) continue;
    if (!math) {
      // No MathML beside it (not rendered, or rendered as glyph boxes only): a <mtext> shows
      // the TeX where MathML is read, in place of the glyph boxes.
      math = doc.createElementNS(MATHML_NAMESPACE, 'math');
      const mtext = doc.createElementNS(MATHML_NAMESPACE, 'mtext');
      mtext.textContent = tex;
      math.append(mtext);
      if (display) math.setAttribute('display', 'block');
      script.before(math);
      if (rendered?.matches(RENDERER_WRAPPER)) {
        const preview = rendered.previousElementSibling;
        if (preview?.classList.contains('MathJax_Preview')) preview.remove();
        rendered.remove();
      }
    }
    if (!mathTex(math)) attachTex(math, tex);
    // MathJax's preview shows the TeX (or nothing) until it has rendered.
    const preview = (rendered?.matches(RENDERER_WRAPPER) ? rendered.previousElementSibling : rendered) ?? null;
    if (preview?.classList.contains('MathJax_Preview')) preview.remove();
    script.remove();
  }
}

function attachTex(math: Element, tex: string): void {
  const doc = math.ownerDocument;
  const semantics = doc.createElementNS(MATHML_NAMESPACE, 'semantics');
  const row = doc.createElementNS(MATHML_NAMESPACE, 'mrow');
  row.append(...Array.from(math.childNodes));
  const annotation = doc.createElementNS(MATHML_NAMESPACE, 'annotation');
  annotation.setAttribute('encoding', 'application/x-tex');
  annotation.textContent = tex;
  semantics.append(row, annotation);
  math.append(semantics);
}

/** Each formula out of its renderer's wrapper (which holds only a second, visual copy of it), and
 * visible: the wrapper is replaced by the bare <math>, marked display="block" when the wrapper
 * displayed it on its own line. */
export function liftMath(root: Element): void {
  texScriptsToMath(root);
  for (const math of mathElements(root)) {
    const wrapper = outermost(math, RENDERER_WRAPPER, root);
    if (!wrapper) continue;
    if (
      !math.hasAttribute('display') &&
      (wrapper.matches(DISPLAY_WRAPPER) || wrapper.querySelector(DISPLAY_WRAPPER)?.contains(math))
    ) {
      math.setAttribute('display', 'block');
    }
    for (const attr of ['style', 'hidden', 'aria-hidden']) math.removeAttribute(attr);
    keepApart(wrapper, math);
    wrapper.replaceWith(math);
  }
}

/** A renderer sets a formula apart from the words around it with margins (or whitespace in its
 * wrapper): without the wrapper, a space keeps "… = 0 and they are" from reading "= 0and". */
function keepApart(wrapper: Element, math: Element): void {
  const doc = math.ownerDocument;
  const before = wrapper.previousSibling;
  const after = wrapper.nextSibling;
  if (before?.nodeType === 3 && /[\p{L}\p{N}]$/u.test(before.nodeValue ?? '')) wrapper.before(doc.createTextNode(' '));
  if (after?.nodeType === 3 && /^[\p{L}\p{N}]/u.test(after.nodeValue ?? '')) wrapper.after(doc.createTextNode(' '));
}

function outermost(el: Element, selector: string, root: Element): Element | null {
  let found: Element | null = null;
  for (let ancestor = el.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (ancestor.matches(selector)) found = ancestor;
  }
  return found;
}

/** Lifts each formula out of its renderer and swaps it for a <span> of its text, which Readability
 * reads as part of the sentence; the returned function puts the MathML back in what Readability gave. */
export function protectMath(root: Element): (content: Node) => void {
  liftMath(root);
  const held = new Map<Element, Element>();
  for (const math of mathElements(root)) {
    if (math.parentElement?.closest('math')) continue;
    const placeholder = root.ownerDocument.createElement('span');
    placeholder.textContent = mathPlainText(math).replace(/\s+/g, ' ');
    math.replaceWith(placeholder);
    held.set(placeholder, math);
  }
  return (content: Node) => {
    for (const [placeholder, math] of held) if (content.contains(placeholder)) placeholder.replaceWith(math);
  };
}
