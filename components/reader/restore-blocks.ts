/** "Show" in the reader: a block Pith removed as clutter, put back where it stood. Core keeps each
 * clutter block's sanitized HTML and the text around it (core/removed-place.ts); here that text is
 * found again in the body. Pure: inert <template>, HTML sanitized again on the way in. */
import type { RemovedBlock } from '../../core/article';
import { ANCHOR_BLOCKS } from '../../core/removed-place';
import { sanitizeHtml } from '../../core/sanitize';
import { i18n } from '../../extension/i18n';

export const RESTORED_ATTR = 'data-pith-restored';

const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

interface Place {
  node: Element;
  where: 'after' | 'before';
}

const hasText = (node: Element | null) => !!node && fold(node.textContent) !== '';

/** The outermost element under root that the anchor block ends (or starts): after a list's last
 * item means after the list. */
function widen(el: Element, root: ParentNode, where: 'after' | 'before'): Element {
  let node = el;
  const sibling = (n: Element) => (where === 'after' ? n.nextElementSibling : n.previousElementSibling);
  for (;;) {
    const parent = node.parentElement;
    if (!parent || parent === root || node.parentNode === root) return node;
    let next = sibling(node);
    while (next && !hasText(next)) next = sibling(next);
    if (next) return node;
    node = parent;
  }
}

export function findPlace(root: ParentNode, block: RemovedBlock): Place | null {
  const blocks = Array.from(root.querySelectorAll(ANCHOR_BLOCKS)).filter((el) => !el.closest(`[${RESTORED_ATTR}]`));
  const { after, before } = block;
  if (after) {
    const match = blocks.find((el) => fold(el.textContent).endsWith(after));
    if (match) return { node: widen(match, root, 'after'), where: 'after' };
  }
  if (before) {
    const match = blocks.find((el) => fold(el.textContent).startsWith(before));
    if (match) return { node: widen(match, root, 'before'), where: 'before' };
  }
  return null;
}

/** Whether the reader can put this block back: core kept it (clutter, not too large) and its place is in the body. */
export function canRestore(doc: Document, html: string, block: RemovedBlock): boolean {
  if (!block.html || block.shownElsewhere) return false;
  const template = doc.createElement('template');
  template.innerHTML = html;
  return findPlace(template.content, block) !== null;
}

/** `html` (sanitized body) with the removed blocks numbered in `shown` put back, each in a marked
 * section with its reason and a Hide button. */
export function withRestoredBlocks(
  win: Window,
  html: string,
  removed: readonly RemovedBlock[],
  shown: ReadonlySet<number>,
): string {
  if (shown.size === 0) return html;
  const doc = win.document;
  const template = doc.createElement('template');
  template.innerHTML = html;
  const lastAt = new Map<Element, Element>(); // several blocks at one place keep their order
  removed.forEach((block, index) => {
    if (!shown.has(index) || !block.html || block.shownElsewhere) return;
    const place = findPlace(template.content, block);
    if (!place) return;
    const section = doc.createElement('section');
    section.className = 'restored-block';
    section.setAttribute(RESTORED_ATTR, String(index));
    const label = doc.createElement('p');
    label.className = 'restored-label';
    label.textContent = i18n.t('reader.restoredLabel', [block.reason]) + ' ';
    const hide = doc.createElement('button');
    hide.type = 'button';
    hide.className = 'link-button';
    hide.setAttribute('data-pith-hide', String(index));
    hide.textContent = i18n.t('reader.hide');
    label.append(hide);
    // Sanitized again here, in the extension page, like the body.
    section.append(label, toFragment(doc, sanitizeHtml(win, block.html)));
    if (place.where === 'after') {
      (lastAt.get(place.node) ?? place.node).after(section);
      lastAt.set(place.node, section);
    } else {
      place.node.before(section);
    }
  });
  return template.innerHTML;
}

function toFragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

export interface RemovedGroup {
  reason: string;
  blocks: { index: number; block: RemovedBlock }[];
}

/** What was hidden from the reader (not what is shown elsewhere), grouped by reason in page order. */
export function groupRemoved(removed: readonly RemovedBlock[]): RemovedGroup[] {
  const groups = new Map<string, RemovedGroup>();
  removed.forEach((block, index) => {
    if (block.shownElsewhere) return;
    const group = groups.get(block.reason) ?? { reason: block.reason, blocks: [] };
    group.blocks.push({ index, block });
    groups.set(block.reason, group);
  });
  return [...groups.values()];
}
