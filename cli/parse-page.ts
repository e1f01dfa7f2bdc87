/** Parses a saved page with jsdom, the way the CLI, the tests and the bench all do. */
import { JSDOM, VirtualConsole } from 'jsdom';

// Style sheets play no part in extraction, and jsdom's CSS parser throws on some real-world CSS
// (a `calc()` it cannot read ends the whole parse): drop <style> blocks before parsing.
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
// Inline styles matter (Readability skips display:none blocks), so they are dropped only on a retry.
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*("[^"]*"|'[^']*')/gi;

export function parsePage(html: string, url: string): JSDOM {
  const options = { url, virtualConsole: new VirtualConsole() };
  const withoutSheets = html.replace(STYLE_BLOCK, '');
  try {
    return new JSDOM(withoutSheets, options);
  } catch {
    return new JSDOM(withoutSheets.replace(STYLE_ATTRIBUTE, ''), options);
  }
}

/** Frees a page's DOM (jsdom keeps it alive until its window is closed). Closing walks the tree
 * recursively, so a page nested thousands of levels deep can exhaust the stack: then the page is
 * simply left to the garbage collector — the result was already taken. */
export function closePage(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
}
