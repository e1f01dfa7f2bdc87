/** A section or home page that Readability still turned into a "body": a run of headlines that
 * are links, each with a teaser. An article has few linked headings; a story list has many. */
import { textOf } from './dom';

const MIN_LINKED_HEADINGS = 4;

export function isStoryList(body: ParentNode): boolean {
  const headings = Array.from(body.querySelectorAll('h2, h3, h4'));
  const linked = headings.filter((h) => {
    const text = textOf(h).length;
    const linkedText = Array.from(h.querySelectorAll('a')).reduce((sum, a) => sum + textOf(a).length, 0);
    return text > 0 && linkedText / text > 0.8;
  });
  return linked.length >= MIN_LINKED_HEADINGS && linked.length / headings.length >= 0.6;
}
