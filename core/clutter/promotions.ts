/** One-line promotions inside the story: "Follow us on Twitter and Facebook", "Download our app",
 * "Click here to subscribe". Whole short paragraphs only — a sentence in the story that mentions
 * Twitter is left alone. */
import type { ClutterRule } from './rule';
import { textLengthAtMost, textOf } from '../dom';
import { parentsOf } from './rule';

const SOCIAL = '(twitter|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|x|whatsapp|telegram)';
export const PROMOTION_LINE = new RegExp(
  [
    `^(follow|like|join) (us|\\w+( \\w+)?) on\\b.{0,60}\\b${SOCIAL}\\b`,
    `^(folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|segue-nos|volg ons)\\b.{0,60}\\b${SOCIAL}\\b`,
    `^(download|get) (our|the \\w+) app\\b`,
    '^get (the )?(latest|breaking) (news|updates|stories)\\b.{0,80}\\bapp\\b',
    '^submit (your|a) letter to the editor\\b',
    `^for (the )?latest .{0,60}\\bdownload (our|the) .{0,40}\\bapps?\\b`,
    '^click here to (subscribe|sign up|download|get)',
    '^listen (to|back|live)\\b.{0,100}\\b(live|weekdays|podcast|listen back)\\b',
    '^(sign up|subscribe) (for|to) (our|the) .{0,40}\\b(newsletter|alerts|emails|channel|podcast)\\b',
    '^(like|enjoyed|enjoy) this (story|article|post)\\?\\s*(share|tell|subscribe|follow)\\b',
  ].join('|'),
  'iu',
);
const MAX_PROMOTION_CHARS = 250;

/** How a promotion line starts: only blocks that start so are read whole. */
const PROMOTION_START =
  /^(for (the )?latest|follow|like|enjoyed|enjoy|join|download|get|click here|sign up|subscribe|submit|listen|folgen|folge|suivez|síguenos|seguici|siga|segue|volg)(?![\p{L}])/iu;
const LINE_TAGS = 'p, li, div, h3, h4';

export const promotionLines: ClutterRule = {
  reason: 'promotion line',
  scope: 'page',
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => PROMOTION_START.test(text)))
      .map((el) => el.closest(LINE_TAGS))
      .filter((line): line is Element => {
        if (!line || !textLengthAtMost(line, MAX_PROMOTION_CHARS)) return false;
        return PROMOTION_LINE.test(textOf(line)) && !line.querySelector('p, div');
      }),
  examples: {
    removes: [
      '<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>',
      '<p>Download our app for the latest news.</p>',
      '<p>For the latest stories and breaking news updates download the Example News apps for iOS and Android.</p>',
      '<p>Like this story? Share it with a friend!</p>',
      '<p>Subscribe to the Example YouTube Channel for all of the latest videos.</p>',
      '<p>Folgen Sie uns auf Facebook und Instagram.</p>',
      '<p>Get the latest news straight to your phone with the Example News app.</p>',
      '<p><strong>Submit your letter to the editor via <a href="/letters">this form</a>. Read more <a href="/l">Letters to the Editor</a>.</strong></p>',
    ],
    keeps: [
      '<p>Follow the money, investigators said on Twitter, and you will find the people behind the scheme and its many shell companies.</p>',
    ],
  },
};
