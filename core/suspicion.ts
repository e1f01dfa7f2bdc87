/** A guard against extracting the wrong thing: when what Pith found reads like a consent wall, a
 * signup form, a paywall notice or a comment thread rather than a story, the result says so. */
import type { ExtractionWarning } from './article';

/** Longer texts are stories that happen to mention these words — or, on a page that declares a
 * paywall, the whole story shown to a subscriber. */
const MAX_SUSPECT_WORDS = 250;

const PAYWALL_MESSAGE = 'This page seems to show only the start of the story, behind a paywall.';

const CHECKS: Array<{ kind: ExtractionWarning['kind']; pattern: RegExp; minHits: number; message: string }> = [
  {
    kind: 'paywall',
    pattern:
      /\b(subscribe (now )?to (continue|keep) reading|to continue reading|already a subscriber|subscribers only|for subscribers|this (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)|sign in to (read|continue)|create a free account to (read|continue)|start your (free )?trial)\b/gi,
    minHits: 1,
    message: PAYWALL_MESSAGE,
  },
  {
    kind: 'consent-wall',
    pattern:
      /\b(cookies?|consent|privacy (policy|settings|preferences)|accept all|reject all|manage (options|preferences)|partners)\b/gi,
    minHits: 3,
    message: 'What Pith found looks like a cookie or consent notice, not the story.',
  },
  {
    kind: 'signup-form',
    pattern:
      /\b(sign ?up|log ?in|sign in|register|create (an|your) account|password|e-?mail address|subscribe|newsletter)\b/gi,
    minHits: 3,
    message: 'What Pith found looks like a sign-up or log-in form, not the story.',
  },
  {
    kind: 'comments',
    pattern: /\b(reply|replies|says:|commented|comments?|\d+ (likes?|points?)|(minutes?|hours?|days?) ago)\b/gi,
    minHits: 4,
    message: 'What Pith found looks like a comment thread, not the story.',
  },
];

/** `linkDensity` is asked only of short texts (it costs a walk over the body's links).
 * `declaredPaywall`: the publisher marks the article not free (schema.org isAccessibleForFree
 * false): a short text there is the teaser, whatever words it uses. */
export function suspectExtraction(
  text: string,
  wordCount: number,
  linkDensity: () => number,
  declaredPaywall = false,
): ExtractionWarning | null {
  if (wordCount > MAX_SUSPECT_WORDS) return null;
  if (declaredPaywall) return { kind: 'paywall', message: PAYWALL_MESSAGE };
  for (const check of CHECKS) {
    const hits = text.match(check.pattern)?.length ?? 0;
    if (hits >= check.minHits) return { kind: check.kind, message: check.message };
  }
  if (linkDensity() > 0.5) return { kind: 'links', message: 'What Pith found is mostly links, not a story.' };
  return null;
}
