/** The element picker: outlines the block under the pointer with a label (tag and first words),
 * widens or narrows the choice to the parent or child (↑/↓, or the panel's buttons), shows the
 * selector it would save and how many elements of the page it matches, and confirms with Enter
 * or a click, or cancels with Esc. Fully usable by keyboard. Its UI lives in an open shadow root,
 * styled through the CSSOM with !important, so neither page CSS nor the page's CSP can break it. */
import { i18n } from '../../extension/i18n';
import { matchCount, selectorFor } from '../../core/rules/selector';

export const PICKER_HOST_ATTRIBUTE = 'data-pith-picker';

type Styles = Record<string, string>;
function style(el: HTMLElement, styles: Styles): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

const FONT = '13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const HOST: Styles = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  'pointer-events': 'none',
  display: 'block',
};
const OUTLINE: Styles = {
  position: 'fixed',
  border: '2px solid #1f5fbf',
  background: 'rgba(31, 95, 191, 0.12)',
  'border-radius': '2px',
  'pointer-events': 'none',
  'box-sizing': 'border-box',
};
const LABEL: Styles = {
  position: 'fixed',
  'max-width': '420px',
  padding: '2px 6px',
  background: '#1f5fbf',
  color: '#fff',
  font: FONT,
  'white-space': 'nowrap',
  overflow: 'hidden',
  'text-overflow': 'ellipsis',
  'pointer-events': 'none',
};
const PANEL: Styles = {
  position: 'fixed',
  left: '50%',
  bottom: '16px',
  transform: 'translateX(-50%)',
  width: 'min(560px, calc(100vw - 32px))',
  'box-sizing': 'border-box',
  padding: '12px 14px',
  background: '#1d1f23',
  color: '#fff',
  font: FONT,
  'border-radius': '10px',
  'box-shadow': '0 4px 18px rgba(0,0,0,0.35)',
  'pointer-events': 'auto',
  'text-align': 'left',
};
const TITLE: Styles = { margin: '0 0 4px', font: `600 ${FONT}` };
const TEXT: Styles = { margin: '0 0 6px', opacity: '0.85' };
const CODE: Styles = {
  display: 'block',
  margin: '0 0 6px',
  padding: '4px 6px',
  background: 'rgba(255,255,255,0.1)',
  'border-radius': '4px',
  font: '12px/1.3 ui-monospace, SFMono-Regular, Menlo, monospace',
  'word-break': 'break-all',
};
const ROW: Styles = { display: 'flex', gap: '6px', 'flex-wrap': 'wrap', 'margin-top': '8px' };
const BUTTON: Styles = {
  font: FONT,
  color: '#fff',
  background: 'rgba(255,255,255,0.14)',
  border: '1px solid rgba(255,255,255,0.25)',
  'border-radius': '6px',
  padding: '4px 10px',
  cursor: 'pointer',
};
const PRIMARY: Styles = { background: '#1f5fbf', 'border-color': '#1f5fbf' };

export interface PickerOptions {
  /** Saves the rule; resolves to an error message, or null when saved. */
  onConfirm(selector: string, matches: Element[]): Promise<string | null>;
  /** The picker is gone (saved, cancelled or stopped). */
  onClose(outcome: 'saved' | 'cancelled'): void;
}

export interface Picker {
  readonly host: HTMLElement;
  /** The block chosen now, and the selector Pith would save for it. */
  current(): { element: Element; selector: string; matches: number } | null;
  stop(): void;
}

const SKIP = new Set(['html', 'body', 'head', 'script', 'style']);

/** A short description of a block: its tag and class, and its first words. */
export function describeBlock(el: Element): string {
  const cls = Array.from(el.classList)
    .slice(0, 2)
    .map((name) => `.${name}`)
    .join('');
  const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
  return `${el.localName}${cls}${words ? ` · “${words}${words.length < (el.textContent ?? '').trim().length ? '…' : ''}”` : ''}`;
}

export function startPicker(doc: Document, options: PickerOptions): Picker {
  const win = doc.defaultView!;
  const host = doc.createElement('div');
  host.setAttribute(PICKER_HOST_ATTRIBUTE, '');
  style(host, HOST);
  const shadow = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, styles: Styles, text = ''): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    style(node, styles);
    if (text) node.textContent = text;
    return node;
  };
  const outline = el('div', OUTLINE);
  const label = el('div', LABEL);
  const panel = el('div', PANEL);
  panel.setAttribute('role', 'dialog');
  // The panel speaks the browser's language, whatever the page's is.
  panel.setAttribute('lang', i18n.t('lang'));
  panel.setAttribute('aria-label', i18n.t('rules.hideSomething'));
  const title = el('p', TITLE, i18n.t('rules.hideSomething'));
  const help = el('p', TEXT, i18n.t('rules.pickerHelp'));
  const code = el('code', CODE);
  code.setAttribute('data-picker-selector', '');
  const count = el('p', TEXT);
  count.setAttribute('data-picker-count', '');
  const live = el('p', {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  });
  live.setAttribute('aria-live', 'polite');
  const status = el('p', { ...TEXT, margin: '6px 0 0' });
  status.setAttribute('role', 'status');
  const button = (text: string, name: string, primary = false) => {
    const b = el('button', { ...BUTTON, ...(primary ? PRIMARY : {}) }, text);
    b.type = 'button';
    b.setAttribute('data-picker', name);
    return b;
  };
  const wider = button(`${i18n.t('rules.pickerWider')} ↑`, 'wider');
  const narrower = button(`${i18n.t('rules.pickerNarrower')} ↓`, 'narrower');
  const confirm = button(i18n.t('rules.pickerConfirm'), 'confirm', true);
  const cancel = button(i18n.t('rules.pickerCancel'), 'cancel');
  const row = el('div', ROW);
  row.append(wider, narrower, confirm, cancel);
  panel.append(title, help, code, count, row, status, live);
  shadow.append(outline, label, panel);

  let target: Element | null = null;
  /** The blocks narrowed from when widening: ↓ goes back the way ↑ came. */
  let trail: Element[] = [];
  let selector = '';
  let matches = 0;
  let busy = false;
  let done = false;

  const pickable = (node: Element | null): node is Element =>
    !!node && node !== host && !host.contains(node) && !SKIP.has(node.localName) && doc.body.contains(node);

  const place = () => {
    if (!target) return;
    const rect = target.getBoundingClientRect();
    style(outline, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      display: 'block',
    });
    const above = rect.top > 24;
    style(label, {
      left: `${Math.max(0, rect.left)}px`,
      top: `${above ? rect.top - 22 : rect.bottom + 2}px`,
      display: 'block',
    });
  };

  const select = (next: Element, keepTrail = false) => {
    if (!pickable(next)) return;
    if (!keepTrail) trail = [];
    target = next;
    selector = selectorFor(next);
    matches = matchCount(doc, selector);
    const text = describeBlock(next);
    label.textContent = text;
    code.textContent = selector;
    count.textContent = i18n.t('rules.pickerMatches', matches);
    live.textContent = i18n.t('rules.pickerCurrent', [text, i18n.t('rules.matchCount', matches)]);
    place();
  };

  const widen = () => {
    const parent = target?.parentElement ?? null;
    if (target && pickable(parent)) {
      trail.push(target);
      select(parent, true);
    }
  };
  const narrow = () => {
    if (!target) return;
    const back = trail.pop();
    const child = back && target.contains(back) ? back : Array.from(target.children).find(pickable);
    if (child) select(child, true);
  };
  const sibling = (step: 1 | -1) => {
    let next: Element | null | undefined = step === 1 ? target?.nextElementSibling : target?.previousElementSibling;
    const after = (node: Element) => (step === 1 ? node.nextElementSibling : node.previousElementSibling);
    while (next && !pickable(next)) next = after(next as Element);
    if (next) select(next);
  };

  const close = (outcome: 'saved' | 'cancelled') => {
    if (done) return;
    done = true;
    stopListening();
    host.remove();
    options.onClose(outcome);
  };

  const save = async () => {
    if (!target || busy || done) return;
    busy = true;
    const found = Array.from(doc.querySelectorAll(selector)).filter((node) => !host.contains(node));
    status.textContent = '';
    const error = await options.onConfirm(selector, found).catch((e: unknown) => String(e));
    busy = false;
    if (error) {
      status.textContent = i18n.t('rules.pickerSaveFailed', [error]);
      return;
    }
    status.textContent = i18n.t('rules.pickerSaved');
    style(outline, { display: 'none' });
    style(label, { display: 'none' });
    for (const b of [wider, narrower, confirm, cancel]) b.disabled = true;
    win.setTimeout(() => close('saved'), 1800);
  };

  const fromPanel = (event: Event) => event.composedPath().includes(host);

  const onMove = (event: MouseEvent) => {
    if (done || busy || fromPanel(event)) return;
    const hit = doc.elementFromPoint(event.clientX, event.clientY);
    if (hit && hit !== target) select(hit);
  };
  const onClick = (event: MouseEvent) => {
    if (done || fromPanel(event)) return;
    // A click on the page picks; it must not follow a link or press the page's button.
    event.preventDefault();
    event.stopPropagation();
    const hit = doc.elementFromPoint(event.clientX, event.clientY);
    if (hit && hit !== target && !trail.length) select(hit);
    void save();
  };
  const swallow = (event: Event) => {
    if (!done && !fromPanel(event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (done) return;
    const onButton = event.composedPath()[0] instanceof win.HTMLButtonElement && fromPanel(event);
    const handled = (() => {
      switch (event.key) {
        case 'Escape':
          close('cancelled');
          return true;
        case 'ArrowUp':
          widen();
          return true;
        case 'ArrowDown':
          narrow();
          return true;
        case 'ArrowLeft':
          sibling(-1);
          return true;
        case 'ArrowRight':
          sibling(1);
          return true;
        case 'Enter':
          if (onButton) return false; // the focused button answers it
          void save();
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  wider.addEventListener('click', widen);
  narrower.addEventListener('click', narrow);
  confirm.addEventListener('click', () => void save());
  cancel.addEventListener('click', () => close('cancelled'));

  const listeners: [EventTarget, string, EventListener][] = [
    [doc, 'mousemove', onMove as EventListener],
    [doc, 'click', onClick as EventListener],
    [doc, 'mousedown', swallow],
    [doc, 'mouseup', swallow],
    [win, 'keydown', onKey as EventListener],
    [win, 'scroll', place],
    [win, 'resize', place],
  ];
  for (const [on, type, fn] of listeners) on.addEventListener(type, fn, true);
  function stopListening() {
    for (const [on, type, fn] of listeners) on.removeEventListener(type, fn, true);
  }

  doc.documentElement.append(host);
  // Keyboard users start from the block in the middle of the window.
  const middle = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
  select(pickable(middle) ? middle : (doc.body.firstElementChild ?? doc.body));
  confirm.focus();

  return {
    host,
    current: () => (target ? { element: target, selector, matches } : null),
    stop: () => close('cancelled'),
  };
}
