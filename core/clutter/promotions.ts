/** One-line promotions inside the story: "Follow us on Twitter and Facebook", "Download our app",
 * "Click here to subscribe". Whole short paragraphs only — a sentence in the story that mentions
 * Twitter is left alone. */
import type { ClutterRule } from './rule';
import { textOf } from '../dom';

const SOCIAL = '(twitter|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|x|whatsapp|telegram)';
export const PROMOTION_LINE = new RegExp(
  [
    `^(follow|like|join) (us|\\w+( \\w+)?) on\\b.{0,60}\\b${SOCIAL}\\b`,
    `^(download|get) (our|the \\w+) app\\b`,
    '^click here to (subscribe|sign up|download|get)',
    '^listen (to|back|live)\\b.{0,100}\\b(live|weekdays|podcast|listen back)\\b',
    '^(sign up|subscribe) (for|to) (our|the) .{0,40}\\b(newsletter|alerts|emails)\\b',
  ].join('|'),
  'i',
);
const MAX_PROMOTION_CHARS = 200;

export const promotionLines: ClutterRule = {
  reason: 'promotion line',
  find: ({ root }) =>
    Array.from(root.querySelectorAll('p, li, div, h3, h4')).filter((el) => {
      const text = textOf(el);
      return text.length <= MAX_PROMOTION_CHARS && PROMOTION_LINE.test(text) && !el.querySelector('p, div');
    }),
};
