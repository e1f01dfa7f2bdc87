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
