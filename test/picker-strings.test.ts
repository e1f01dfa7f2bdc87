// @vitest-environment jsdom
/** The picker's words come from locales/ (through `#i18n`, answered from en.yml in unit tests),
 * and a block whose text holds " | " (a menu) is still described whole: the page's text is never
 * put into a plural message, which @wxt-dev/i18n would split on " | ". */
import { afterEach, expect, it } from 'vitest';
import { startPicker } from '../content/picker/picker';

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelector('[data-pith-picker]')?.remove();
});

it('says the block and its matches in words from en.yml, even for a menu written with " | "', () => {
  document.body.innerHTML = '<nav class="menu">Home | News | Sport</nav><p>Story</p>';
  const menu = document.querySelector('nav')!;
  // jsdom has no layout: the block "under the pointer" is the menu.
  document.elementFromPoint = () => menu;
  const picker = startPicker(document, { onConfirm: async () => null, onClose: () => {} });
  const shadow = picker.host.shadowRoot!;
  expect(picker.current()?.selector).toBe('nav');
  expect(shadow.querySelector('[data-picker-count]')?.textContent).toBe('Matches 1 element on this page');
  expect(shadow.querySelector('[aria-live]')?.textContent).toBe('nav.menu · “Home | News | Sport”. 1 match.');
  const panel = shadow.querySelector('[role="dialog"]')!;
  expect(panel.getAttribute('lang')).toBe('en');
  expect(panel.getAttribute('aria-label')).toBe('Hide something Pith missed');
  expect(Array.from(shadow.querySelectorAll('button'), (b) => b.textContent)).toEqual([
    'Wider ↑',
    'Narrower ↓',
    'Hide this',
    'Cancel',
  ]);
  picker.stop();
});
