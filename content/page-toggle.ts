/** The small "Clean | Original" switch Pith puts in the corner of a page it cleaned by itself.
 * It lives in a shadow root, and every style is set through the CSSOM with !important, so neither
 * the page's CSS nor its Content-Security-Policy can break or restyle it. (The root is open: the
 * switch holds nothing secret, and tests and assistive tools can reach its buttons.) */
import type { HiddenBlocks } from './hide-in-place';
import { i18n } from '../extension/i18n';

export const TOGGLE_HOST_ATTRIBUTE = 'data-pith-toggle';

type Styles = Record<string, string>;

function style(el: HTMLElement, styles: Styles): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

const HOST: Styles = {
  all: 'initial',
  position: 'fixed',
  right: '12px',
  bottom: '12px',
  'z-index': '2147483647',
  display: 'block',
};
const BAR: Styles = {
  display: 'flex',
  'align-items': 'center',
  gap: '2px',
  padding: '3px',
  'border-radius': '999px',
  background: 'rgba(29, 31, 35, 0.88)',
  'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.25)',
  font: '500 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  color: '#fff',
};
const LABEL: Styles = { padding: '0 6px 0 8px', opacity: '0.8' };
const BUTTON: Styles = {
  font: 'inherit',
  color: 'inherit',
  border: '0',
  'border-radius': '999px',
  padding: '4px 10px',
  cursor: 'pointer',
  background: 'transparent',
};
const PRESSED: Styles = { background: '#1f5fbf' };

export interface PageToggle {
  remove(): void;
}

/** Shows the switch, starting in the "Clean" view, and keeps `blocks` in step with it. */
export function mountPageToggle(doc: Document, blocks: HiddenBlocks): PageToggle {
  const host = doc.createElement('div');
  host.setAttribute(TOGGLE_HOST_ATTRIBUTE, '');
  style(host, HOST);
  const shadow = host.attachShadow({ mode: 'open' });
  const bar = doc.createElement('div');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', i18n.t('toggle.group', blocks.count));
  style(bar, BAR);
  const label = doc.createElement('span');
  label.textContent = 'Pith';
  style(label, LABEL);
  const clean = doc.createElement('button');
  const original = doc.createElement('button');
  clean.textContent = i18n.t('toggle.clean');
  original.textContent = i18n.t('toggle.original');
  clean.title = i18n.t('toggle.cleanTitle', blocks.count);
  original.title = i18n.t('toggle.originalTitle');

  const select = (view: 'clean' | 'original') => {
    if (view === 'clean') blocks.hide();
    else blocks.show();
    for (const [button, pressed] of [
      [clean, view === 'clean'],
      [original, view === 'original'],
    ] as const) {
      button.setAttribute('aria-pressed', String(pressed));
      style(button, { ...BUTTON, ...(pressed ? PRESSED : {}) });
    }
  };
  clean.addEventListener('click', () => select('clean'));
  original.addEventListener('click', () => select('original'));
  bar.append(label, clean, original);
  shadow.append(bar);
  select('clean');
  doc.documentElement.append(host);
  return {
    remove() {
      blocks.show();
      host.remove();
    },
  };
}
