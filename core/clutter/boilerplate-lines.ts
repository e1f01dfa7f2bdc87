/** Short lines of site boilerplate at the edges of a story: filing and taxonomy ("Filed under: …",
 * "Kategorie: …", "Tags: a, b"), copyright and reprint notices ("© 2024 …", "All rights reserved",
 * "Alle Rechte vorbehalten"), paid-link disclosures ("This post may contain affiliate links") and
 * "Visit X's homepage". Each is a whole short block: a sentence of the
 * story that mentions copyright is not one. */
import type { ClutterRule } from './rule';
import { linkDensity, textLengthAtMost, textOf } from '../dom';
import { DISCLOSURE_PHRASES, FILING_LABELS, RIGHTS_PHRASES } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

const FILING_LINE = new RegExp(`^(${alternation(FILING_LABELS)})\\s*:\\s*\\S`, 'iu');
const FILING_ANYWHERE = new RegExp(`(^|[\\s|·•–-])(${alternation(FILING_LABELS)})\\s*:`, 'iu');
const FILING_START = new RegExp(`^(${alternation(FILING_LABELS)})\\s*:?$|^(${alternation(FILING_LABELS)})\\s*:`, 'iu');
const RIGHTS = new RegExp(`(?<![\\p{L}])(${alternation(RIGHTS_PHRASES)})(?![\\p{L}])`, 'iu');
const DISCLOSURE = new RegExp(`(?<![\\p{L}])(${alternation(DISCLOSURE_PHRASES)})(?![\\p{L}])`, 'iu');
const COPYRIGHT_START = /^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4}))/i;
const VISIT_HOMEPAGE = /^visit .{1,60}(home ?page|website)\.?$/i;
const LINE_TAGS = 'p, li, div, span, small, dd, h5, h6';
const MAX_LINE_CHARS = 300;

function lineAround(el: Element): Element {
  return el.closest(LINE_TAGS) ?? el;
}

/** A filing line is a label then a few topics, most of them links (or a very short line). */
function isFilingLine(line: Element): boolean {
  if (!textLengthAtMost(line, 200)) return false;
  const text = textOf(line);
  return FILING_LINE.test(text) && (linkDensity(line) >= 0.3 || text.length <= 60) && !line.querySelector('p');
}

const LABEL_COLON = /(?:^|[\s|·•–-])([\p{L}][\p{L} ]{0,24}?)\s*:(?=\s*\S)/gu;
const FILING_LABEL = new RegExp(`^(${alternation(FILING_LABELS)})$`, 'iu');

/** "News date : 04/21/2022 Category : Press Releases", "05/10/2018 - Publicado por: X - Categoria:
 * Saúde - Tags: …": a line of labelled fields, one of them a filing label, and no sentence. */
function isMetaLine(line: Element): boolean {
  if (!textLengthAtMost(line, 150) || line.querySelector('p')) return false;
  const text = textOf(line);
  if (/[.!?]\s+\p{Ll}/u.test(text)) return false;
  const labels = Array.from(text.matchAll(LABEL_COLON), (match) => match[1].trim());
  return labels.length >= 2 && labels.some((label) => FILING_LABEL.test(label));
}

function isRightsLine(line: Element): boolean {
  if (!textLengthAtMost(line, MAX_LINE_CHARS) || line.querySelector('p, li')) return false;
  const text = textOf(line);
  return isNotice(text);
}

function isNotice(text: string): boolean {
  return COPYRIGHT_START.test(text) || RIGHTS.test(text) || VISIT_HOMEPAGE.test(text) || DISCLOSURE.test(text);
}

export const boilerplateLines: ClutterRule = {
  reason: 'site boilerplate (filing, copyright)',
  scope: 'page',
  find: (context) => {
    const found: Element[] = [];
    for (const { node, text } of context.shortTexts) {
      const parent = node.parentElement;
      if (!parent || parent.closest('blockquote, pre, code')) continue;
      if (FILING_START.test(text)) {
        const line = lineAround(parent);
        if (isFilingLine(line) || isMetaLine(line)) found.push(line);
      } else if (FILING_ANYWHERE.test(text)) {
        const line = lineAround(parent);
        if (isMetaLine(line)) found.push(line);
      } else if (isNotice(text)) {
        const line = lineAround(parent);
        if (isRightsLine(line)) found.push(line);
      }
    }
    return found;
  },
  examples: {
    removes: [
      '<div class="cat">Category : <a href="/c/press">Press Releases</a></div>',
      '<p>Filed under: <a href="/t/a">Politics</a>, <a href="/t/b">Elections</a></p>',
      '<p>Schlagwörter: <a href="/t/x">Hafen</a> <a href="/t/y">Stadtrat</a></p>',
      '<p>News date : 04/21/2022 &nbsp;&nbsp;Category : <a href="/c/10">Press Releases</a></p>',
      '<div>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: carro</div>',
      '<p>This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media.</p>',
      '<div>© 2026 Example Media Group. Alle Rechte vorbehalten.</div>',
      '<p>Visit Example Town’s homepage.</p>',
      '<p><em>This post may contain affiliate and/or referral links. Please see my <a href="/d">disclosure page</a>.</em></p>',
      '<p>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</p>',
    ],
    keeps: [
      '<p>Copyright holders say the new law lets platforms keep their work online without paying, and they plan to challenge it in court this year.</p>',
      '<p>Critics say affiliate links have turned review sites into shop windows, and the regulator opened an inquiry into three of the largest ones last spring.</p>',
      '<p>Note: the category: the one the judges picked.</p>',
      '<p>Tags: the word the children used for the labels they stuck on every jar in the kitchen, one summer long ago when the house was still full.</p>',
    ],
  },
};
