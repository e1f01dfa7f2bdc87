/** The extractor, injected into the active tab only when the user asks (toolbar click →
 * popup → scripting.executeScript, allowed by activeTab). Never listed in the manifest, so it does
 * not run on any page by itself. Its return value travels back to the popup. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../core';
import type { Extraction, ExtractOptions } from '../core';

/** The popup leaves the options for this run here, in the extension's isolated world. */
declare global {
  var __pithExtractOptions: ExtractOptions | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main(): Extraction {
    const options = globalThis.__pithExtractOptions ?? {};
    globalThis.__pithExtractOptions = undefined;
    return extractArticle(document, location.href, options);
  },
});
