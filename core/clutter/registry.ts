/** The generic clutter rules, in order: the most specific first, so the report names the truest
 * reason. A convention test checks that every rule file in this folder is registered here and that
 * every rule carries examples of what it removes and keeps. */
import type { ClutterRule } from './rule';
import { pageControls } from './controls';
import { newsletterSignups } from './newsletter';
import { mediaWidgets } from './widgets';
import { storyLists } from './link-lists';
import { headlineLists } from './headline-lists';
import { promotionLines } from './promotions';
import { datelines } from './datelines';
import { captionBlocks } from './captions';
import { consentBanners, siteNotices } from './notices';
import { readMoreInserts } from './inserts';
import { boilerplateLines } from './boilerplate-lines';
import { authorBoxes } from './author-box';
import { commentPrompts, commentSections } from './comments';
import { paywallPrompts } from './paywall-prompts';
import { supportPitches } from './support-pitches';
import { adSlots, footers, navigation, screenReaderLabels, shareBars } from './page-chrome';

export const GENERIC_CLUTTER_RULES: readonly ClutterRule[] = [
  consentBanners,
  paywallPrompts,
  newsletterSignups,
  supportPitches,
  mediaWidgets,
  storyLists,
  headlineLists,
  pageControls,
  promotionLines,
  readMoreInserts,
  authorBoxes,
  commentSections,
  commentPrompts,
  boilerplateLines,
  datelines,
  captionBlocks,
  siteNotices,
  shareBars,
  adSlots,
  screenReaderLabels,
  navigation,
  footers,
];

/** The rules that also apply on the live page (per-site mode). */
export const PAGE_CLUTTER_RULES: readonly ClutterRule[] = GENERIC_CLUTTER_RULES.filter((rule) => rule.scope === 'page');

/** A site's own selectors, as a rule of the same shape (site rules are data: core/sites). */
export function selectorRule(reason: string, selectors: readonly string[]): ClutterRule {
  return {
    reason,
    scope: 'page',
    find: ({ root }) => (selectors.length ? Array.from(root.querySelectorAll(selectors.join(', '))) : []),
    examples: { removes: [], keeps: [] },
  };
}
