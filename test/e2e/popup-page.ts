/** Reading the popup as a user sees it: visible text, takeaways, status messages. Plain string
 * expressions are evaluated (not functions) so the same helpers work over CDP and WebDriver BiDi. */
import type { Page } from 'puppeteer-core';

export async function waitFor<T>(page: Page, expression: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = (await page.evaluate(expression)) as T;
      if (value) return value;
    } catch (error) {
      lastError = error; // the page may still be loading
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${expression}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

export interface PopupReading {
  status: string;
  title: string;
  takeaways: string[];
  note: string;
  paragraphs: string[];
  visibleText: string;
  buttons: string[];
}

/** Waits until the popup has finished loading, then reads it. */
export async function readPopup(page: Page): Promise<PopupReading> {
  await waitFor(page, `document.querySelector('.article, .status:not([data-status="loading"])') !== null`);
  return (await page.evaluate(`(() => {
    const text = (sel) => document.querySelector(sel)?.innerText.trim() ?? '';
    const all = (sel) => Array.from(document.querySelectorAll(sel)).map((el) => el.innerText.trim());
    return {
      status: document.querySelector('.article') ? 'article' : document.querySelector('.status')?.dataset.status ?? '',
      title: text('.article-title, .status-title'),
      takeaways: all('.takeaways-list li'),
      note: text('.takeaways-note'),
      paragraphs: all('.article-body p'),
      visibleText: document.body.innerText,
      buttons: all('button'),
    };
  })()`)) as PopupReading;
}

/** The per-site switch's state ("off", "on", "paused", "no-access") once it is ready to use. */
export function siteSwitchState(popup: Page): Promise<string> {
  return waitFor<string>(
    popup,
    `(() => { const s = document.querySelector('.site-switch'); return s && !s.querySelector('input').disabled && s.dataset.siteState; })()`,
  );
}

/** Clicks the per-site switch and waits for the state it should end in. */
export async function pressSiteSwitch(popup: Page, expected: 'on' | 'off'): Promise<void> {
  await siteSwitchState(popup);
  await popup.click('.site-switch-input');
  await waitFor(popup, `document.querySelector('.site-switch')?.dataset.siteState === '${expected}'`, 10_000);
}
