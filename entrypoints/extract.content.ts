/** The extractor, injected into the active tab only when the user asks (toolbar click →
 * popup → scripting.executeScript, allowed by activeTab). Never listed in the manifest, so it does
 * not run on any page by itself. Its return value (the promise's) travels back to the popup. The
 * page is read off its main thread when Pith's reader is there (content/read-page.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Extraction, ExtractOptions } from '../core';
import { readPage } from '../content/read-page';

/** The popup leaves the options for this run here, in the extension's isolated world. */
declare global {
  var __pithExtractOptions: ExtractOptions | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<Extraction> {
    const options = globalThis.__pithExtractOptions ?? {};
    globalThis.__pithExtractOptions = undefined;
    return (await readPage(document, options)).extraction;
  },
});
