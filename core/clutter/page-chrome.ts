/** Site furniture that is never the article: navigation, footers, ad slots, share bars. */
import type { ClutterRule } from './rule';
import { namedMatching, parentsOf } from './rule';
import { textLengthAtMost } from '../dom';

const AD_CLASS =
  /(^|[\s_-])(ad|ads|adslot|ad-slot|advert|advertisement|dfp|gpt-ad|sponsored|taboola|outbrain)([\s_-]|$)/;
const SHARE_CLASS = /(^|[\s_-])(share|sharing|social|share-?bar|share-?tools)([\s_-]|$)/;
/** "Advertisement" and its kin, in the languages of the pages Pith meets most. */
export const AD_LABEL =
  /^[\s*·•()[\]–—-]*(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid content|(story|article) continues below( advertisement)?|anuncio|publicidad|publicidade|publicité|annonce|anzeige|werbung|pubblicità|iklan|reklame|reklama|advertentie|реклама|广告|広告|광고)[\s*·•:()[\]–—-]*$/i;

const SCREEN_READER_CLASS =
  /(^|[\s_-])(sr-only|visually-hidden|visuallyhidden|off-screen|offscreen|screen-reader-text|screenreader-only|a11y-only)([\s_-]|$)/;

/** Labels for screen readers only ("Image caption", "Image copyright"): seen, they read as stray words. */
export const screenReaderLabels: ClutterRule = {
  reason: 'screen-reader label',
  // Hiding it on the live page would hurt the people who need it.
  scope: 'reader',
  find: (context) => namedMatching(context, SCREEN_READER_CLASS, 60).filter((el) => !/^H[1-6]$/.test(el.tagName)),
  examples: {
    removes: ['<figure><img src="a.jpg"><span class="off-screen">Image copyright</span></figure>'],
    keeps: ['<h2 class="visually-hidden">Article</h2>'],
  },
};

export const navigation: ClutterRule = {
  reason: 'navigation',
  scope: 'page',
  find: ({ landmarks }) =>
    landmarks.filter((el) => el.tagName.toUpperCase() === 'NAV' || el.getAttribute('role') === 'navigation'),
  examples: {
    removes: ['<nav><a href="/">Home</a><a href="/news">News</a></nav>'],
    keeps: ['<p>Home is where the news is.</p>'],
  },
};

export const footers: ClutterRule = {
  reason: 'page footer',
  // On the live page the footer stays, so the page still ends like the publisher's.
  scope: 'reader',
  find: ({ landmarks }) =>
    landmarks.filter(
      (el) =>
        (el.tagName.toUpperCase() === 'FOOTER' || el.getAttribute('role') === 'contentinfo') &&
        textLengthAtMost(el, 1500),
    ),
  examples: {
    removes: ['<footer>© 2026 Example Media</footer>'],
    keeps: [
      '<p>The footer of the letter was signed by all twelve members of the committee, who asked for a public hearing.</p>',
    ],
  },
};

export const adSlots: ClutterRule = {
  reason: 'advertisement',
  scope: 'page',
  find: (context) => [
    ...namedMatching(context, AD_CLASS, 120),
    ...parentsOf(context.shortTexts.filter(({ text }) => AD_LABEL.test(text))),
  ],
  examples: {
    removes: [
      '<div class="ad-slot" id="div-gpt-ad-1"></div><div><span>Advertisement</span></div>',
      '<div><span>Iklan</span></div><div><span>Publicidad</span></div><div><span>- Anzeige -</span></div>',
      '<div class="ad"><script>var slot = "' + 'x'.repeat(175) + '";</script></div>',
    ],
    keeps: ['<p>Advertising revenue fell by a third, the company said, as brands moved their budgets online.</p>'],
  },
};

export const shareBars: ClutterRule = {
  reason: 'share bar',
  scope: 'page',
  // An embedded post (a quoted tweet) is the story's own quote, whatever its classes say.
  find: (context) => namedMatching(context, SHARE_CLASS, 150).filter((el) => !el.closest('blockquote')),
  examples: {
    removes: ['<div class="share-bar"><a>Facebook</a><a>Email</a></div>'],
    keeps: [
      '<blockquote class="social-embed"><p>We are closing the bridge tonight.</p>— City of Example (@example)</blockquote>',
    ],
  },
};
