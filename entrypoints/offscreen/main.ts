/** Chrome's offscreen document (unlisted page, opened by the background with reason DOM_PARSER):
 * Pith's reader, where pages are parsed and read off their own main thread. */
import { offThreadReadsServed, serveOffThreadReads } from '../../extension/off-thread';

declare global {
  /** For tests: how many pages this document has read. */
  var __pithReadsServed: () => number;
}

serveOffThreadReads();
globalThis.__pithReadsServed = offThreadReadsServed;
