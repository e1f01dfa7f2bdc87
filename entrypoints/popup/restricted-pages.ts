const BROWSER_PAGE_MESSAGE = "This is one of your browser's own pages. Extensions can't read it.";
const STORE_MESSAGE = "Browsers don't let extensions read the extension store.";

/** Pages where browsers let no extension run, each with a message that says why. */
const RULES: Array<[RegExp, string]> = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-search|chrome-untrusted|devtools):/i, BROWSER_PAGE_MESSAGE],
  [/^(chrome-extension|moz-extension|extension):/i, "This page belongs to an extension. Pith can't read it."],
  [/^view-source:/i, "Pith can't read a page's source view. Open the page itself instead."],
  [/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)(\/|$)/i, STORE_MESSAGE],
  [/^(https?|file):\/\/[^?#]*\.pdf([?#]|$)/i, "This is a PDF, shown by the browser's PDF viewer. Pith reads web pages only."],
  [/^(data|blob|javascript):/i, "This page has no address Pith can read. Open an article on the web instead."],
];

export const FILE_ACCESS_MESSAGE =
  'This is a local file. To let Pith read local files, turn on "Allow access to file URLs" for Pith in your browser\'s extension settings.';

/** A message for a page Pith cannot read, or null when it may try. */
export function restrictedPageMessage(url: string | undefined): string | null {
  if (!url) return null; // no URL means no access yet; let the injection attempt tell
  for (const [pattern, message] of RULES) if (pattern.test(url)) return message;
  return null;
}

export const GENERAL_RESTRICTED_MESSAGE = 'Your browser does not let extensions read this page.';

/** When the browser gives no address (activeTab does not cover its own pages), its refusal still
 * says what kind of page it is: Chromium names "a chrome:// URL" and "the extensions gallery". */
const REFUSALS: Array<[RegExp, string]> = [
  [/cannot access an? [a-z-]+:\/\/ URL/i, BROWSER_PAGE_MESSAGE],
  [/extensions gallery cannot be scripted|cannot script the (web )?store/i, STORE_MESSAGE],
];

/** The message for a refused injection: the page's own when the refusal names it, else the general one. */
export function refusalMessage(error: string): string | null {
  for (const [pattern, message] of REFUSALS) if (pattern.test(error)) return message;
  return /cannot access|cannot be scripted|missing host permission|permission/i.test(error) ? GENERAL_RESTRICTED_MESSAGE : null;
}
