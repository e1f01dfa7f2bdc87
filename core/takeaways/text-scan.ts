/** One walk over a page's short texts for several patterns at once: each walk of a large page
 * costs milliseconds, and the heading and label shapes both look for words in every text. */
import { normalizeSpace } from '../dom';

/** Texts longer than this are story prose, never a heading or a label (as in dom's findTextNodes). */
const MAX_TEXT_CHARS = 400;

/** For each pattern, the text nodes under root whose trimmed text matches it. */
export function textNodesMatching(root: Node, patterns: RegExp[]): Text[][] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const found: Text[][] = patterns.map(() => []);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length >= MAX_TEXT_CHARS || !/\S/.test(value)) continue;
    const text = normalizeSpace(value);
    patterns.forEach((pattern, i) => {
      if (pattern.test(text)) found[i].push(node as Text);
    });
  }
  return found;
}
