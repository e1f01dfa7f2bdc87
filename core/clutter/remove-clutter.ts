/** Runs the generic clutter rules (and a site's own `remove` selectors) over a clone of the page,
 * removing what they find — never an element that holds the article's prose — and recording why. */
import type { RemovedBlock } from '../article';
import { snippet, visibleTextOf } from '../dom';
import { pageControls } from './controls';
import { newsletterSignups } from './newsletter';
import { mediaWidgets } from './widgets';
import { storyLists } from './link-lists';
import { promotionLines } from './promotions';
import { datelines } from './datelines';
import { captionBlocks } from './captions';
import { consentBanners, siteNotices } from './notices';
import { readMoreInserts } from './inserts';
import { adSlots, footers, navigation, screenReaderLabels, shareBars } from './page-chrome';
import { holdsArticleProse, scanForClutter, type ClutterRule } from './rule';

/** In order: the most specific first, so the report names the truest reason. */
export const GENERIC_CLUTTER_RULES: ClutterRule[] = [
  consentBanners,
  newsletterSignups,
  mediaWidgets,
  storyLists,
  pageControls,
  promotionLines,
  readMoreInserts,
  datelines,
  captionBlocks,
  siteNotices,
  shareBars,
  adSlots,
  screenReaderLabels,
  navigation,
  footers,
];

export function selectorRule(reason: string, selectors: string[]): ClutterRule {
  return { reason, find: ({ root }) => (selectors.length ? Array.from(root.querySelectorAll(selectors.join(', '))) : []) };
}

export function removeClutter(root: Element, rules: ClutterRule[], removed: RemovedBlock[]): void {
  const context = scanForClutter(root);
  for (const el of context.inert) el.remove();
  for (const rule of rules) {
    for (const el of rule.find(context)) {
      if (el === root || !root.contains(el) || holdsArticleProse(el)) continue;
      const text = visibleTextOf(el);
      el.remove();
      if (text) removed.push({ reason: rule.reason, text: snippet(text) });
    }
  }
}
