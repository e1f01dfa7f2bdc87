/** A heartbeat in the page: a timer every 5 ms records when it fires and how late. Anything that
 * holds the page's main thread (a content script runs on it, in its own world) delays it, so the
 * largest gap in a time window is the longest the tab could not respond then. (Headless Chromium
 * reports no "longtask" entries, so PerformanceObserver cannot be used for this.) */
export function heartbeatScript(nonce?: string): string {
  return `<script${nonce ? ` nonce="${nonce}"` : ''}>
  window.__gaps = [];
  let last = performance.now();
  setInterval(() => { const now = performance.now(); window.__gaps.push([now, now - last]); last = now; }, 5);
</script>`;
}

/** The longest gap (ms) that overlaps [from, to] on the page's clock. Each beat is [when, gap]:
 * the thread was held from when − gap to when. */
export function longestStall(beats: Array<[number, number]>, from: number, to: number): number {
  let longest = 0;
  for (const [when, gap] of beats) if (when > from && when - gap < to) longest = Math.max(longest, gap);
  return longest;
}
