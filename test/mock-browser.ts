/** `wxt/browser` in unit tests: WXT's fake browser. (WXT's own mock imports `wxt/testing`, which
 * pulls in esbuild; esbuild refuses to load under jsdom, so jsdom tests could not use `browser`.) */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
