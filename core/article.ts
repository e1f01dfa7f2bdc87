/** The data Pith's core returns. Plain, structured-cloneable objects: they cross from the
 * content script to the popup through `scripting.executeScript`, and print as JSON in the CLI. */

import type { SiteRule } from './rules/rule';

export interface LeadImage {
  src: string;
  alt: string;
  /** The caption shown once under the image, credit included. */
  caption: string;
}

export interface Takeaways {
  /** The heading as the publisher wrote it, e.g. "KEY TAKEAWAYS" or "Key Points". */
  heading: string;
  items: string[];
  /** The publisher's disclosure line about how the takeaways were made, if any. */
  note: string | null;
}

/** Who made the key points: the publisher's own box, Chrome's on-device Summarizer (set in the
 * extension page, never by core), or Pith's extractive picker (`core/key-points`). */
export type KeyPointsMethod = 'publisher' | 'summarizer' | 'extractive';

export interface KeyPoints {
  method: KeyPointsMethod;
  /** 'publisher': the takeaways' items; 'extractive': sentences of `text`, verbatim, in article order. */
  items: string[];
}

/** Something core took out of the page, and why: Pith is honest about what it removed. */
export interface RemovedBlock {
  reason: string;
  /** The first words of what was removed. */
  text: string;
  /** A selector for the block on its page (for "Always keep"), when a clutter or site rule removed it. */
  selector?: string;
  /** Set on what the reader shows in another place (takeaways box and note, lead image, a repeated
   * headline, byline or caption): taken out of the body, not hidden from the reader. */
  shownElsewhere?: true;
  /** Clutter only: the block's sanitized HTML (links and images absolute), so the reader tab can
   * put it back on request; absent for a block too large to keep. */
  html?: string;
  /** Where the block stood: the end of the text just before it, else (`before`) the start of the
   * text just after it — matched against the body's blocks by the reader tab. */
  after?: string;
  before?: string;
}

/** Why what Pith found may not be the story ('maybe-not-article': a page Pith doubts is one
 * article — a short text, a list that also has prose — shown rather than refused). */
export interface ExtractionWarning {
  kind: 'paywall' | 'consent-wall' | 'signup-form' | 'comments' | 'links' | 'maybe-not-article';
  message: string;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 as the publisher gave it (its own time zone kept). */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  takeaways: Takeaways | null;
  /** The gist of the article for every page: the publisher's takeaways when it has them (and then
   * `takeaways` holds them too, heading and note included), else 3–5 sentences Pith picked; null
   * when the text has too few whole sentences to pick from. */
  keyPoints: KeyPoints | null;
  /** Sanitized HTML of the article body. */
  contentHtml: string;
  /** The body alone as plain text: paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  removed: RemovedBlock[];
  /** Set when the text reads like a paywall, consent wall, signup form or comment thread, or the
   * page may not be a single article. */
  warning: ExtractionWarning | null;
}

export type ProblemKind = 'not-article' | 'empty' | 'too-large' | 'failed' | 'frames' | 'shadow-dom' | 'not-html';

export interface Problem {
  kind: ProblemKind;
  message: string;
}

export type Extraction = { ok: true; article: Article } | { ok: false; problem: Problem };

export interface ExtractOptions {
  /** Extract even if the page does not look like an article ("Try anyway"). */
  force?: boolean;
  /** Pages with more elements than this are refused rather than freezing the tab. */
  maxElements?: number;
  /** The user's own rules (core/rules/rule.ts); those for the page's site apply, merged over the built-in ones. */
  rules?: readonly SiteRule[];
}
