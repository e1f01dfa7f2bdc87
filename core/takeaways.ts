/** Finds the publisher's own summary of the story (its key takeaways) and takes it out of the
 * page, so that it is shown in its own box and not a second time in the body. The shapes, most
 * certain first, each in its own file under takeaways/:
 * - a box under a heading that names it ("Key takeaways", "Das Wichtigste in Kürze"): heading-box;
 * - a list at the top of the story marked as a summary by its class, id or ARIA: marked-list;
 * - a list of sentences right under the headline: list-under-headline;
 * - a labelled paragraph at the top of the story ("TL;DR: …", "En bref : …"): labelled-paragraphs;
 * - else the schema.org `abstract`. */
import type { RemovedBlock, Takeaways } from './article';
import { TAKEAWAYS_HEADING, takeTakeaways } from './takeaways/heading-box';
import { takeMarkedList } from './takeaways/marked-list';
import { takeListUnderHeadline } from './takeaways/list-under-headline';
import { STARTS_WITH_LABEL, takeLabelledParagraphs } from './takeaways/labelled-paragraphs';
import { storyStart } from './takeaways/top-of-story';
import { textNodesMatching } from './takeaways/text-scan';

export { takeTakeaways, TAKEAWAYS_HEADING } from './takeaways/heading-box';
export { takeMarkedList } from './takeaways/marked-list';
export { takeListUnderHeadline } from './takeaways/list-under-headline';
export { takeLabelledParagraphs } from './takeaways/labelled-paragraphs';
export { storyStart } from './takeaways/top-of-story';
export { TAKEAWAYS_NOTE } from './takeaways/note';

/** What the page's metadata says that helps: the title finds the headline among the <h1>s. */
export interface TakeawaysContext {
  title: string | null;
  abstract: string | null;
}

/** The publisher's schema.org `abstract`, when the page has no summary box. */
export function abstractTakeaways(abstract: string | null): Takeaways | null {
  return abstract ? { heading: 'Summary', items: [abstract], note: null } : null;
}

export function findTakeaways(
  root: Element,
  { title, abstract }: TakeawaysContext,
  removed: RemovedBlock[],
): Takeaways | null {
  const [headings, labels] = textNodesMatching(root, [TAKEAWAYS_HEADING, STARTS_WITH_LABEL]);
  const fromBox = takeTakeaways(root, removed, headings);
  if (fromBox) return fromBox;
  const story = storyStart(root, title);
  return (
    takeMarkedList(root, story, removed) ??
    takeListUnderHeadline(root, removed) ??
    takeLabelledParagraphs(root, story, removed, labels) ??
    abstractTakeaways(abstract)
  );
}
