/** Site furniture that is never the article: navigation, footers, ad slots, share bars. */
import type { ClutterRule } from './rule';
import { namedMatching, parentsOf } from './rule';
import { textLengthAtMost } from '../dom';

const AD_CLASS = /(^|[\s_-])(ad|ads|adslot|ad-slot|advert|advertisement|dfp|gpt-ad|sponsored|taboola|outbrain)([\s_-]|$)/;
const SHARE_CLASS = /(^|[\s_-])(share|sharing|social|share-?bar|share-?tools)([\s_-]|$)/;
/** "Advertisement" and its kin, in the languages of the pages Pith meets most. */
export const AD_LABEL =
  /^(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid content|(story|article) continues below( advertisement)?|anuncio|publicidad|publicidade|publicité|annonce|anzeige|werbung|pubblicità|iklan|reklame|reklama|advertentie|реклама|广告|広告|광고)$/i;

const SCREEN_READER_CLASS = /(^|[\s_-])(sr-only|visually-hidden|visuallyhidden|off-screen|offscreen|screen-reader-text|screenreader-only|a11y-only)([\s_-]|$)/;

/** Labels for screen readers only ("Image caption", "Image copyright"): seen, they read as stray words. */
export const screenReaderLabels: ClutterRule = {
  reason: 'screen-reader label',
  find: (context) =>
    namedMatching(context, SCREEN_READER_CLASS, 60).filter((el) => !/^H[1-6]$/.test(el.tagName)),
};

export const navigation: ClutterRule = {
  reason: 'navigation',
  find: ({ landmarks }) => landmarks.filter((el) => el.tagName.toUpperCase() === 'NAV' || el.getAttribute('role') === 'navigation'),
};

export const footers: ClutterRule = {
  reason: 'page footer',
  find: ({ landmarks }) =>
    landmarks.filter((el) => (el.tagName.toUpperCase() === 'FOOTER' || el.getAttribute('role') === 'contentinfo') && textLengthAtMost(el, 1500)),
};

export const adSlots: ClutterRule = {
  reason: 'advertisement',
  find: (context) => [
    ...namedMatching(context, AD_CLASS, 120),
    ...parentsOf(context.shortTexts.filter(({ text }) => AD_LABEL.test(text))),
  ],
};

export const shareBars: ClutterRule = {
  reason: 'share bar',
  find: (context) => namedMatching(context, SHARE_CLASS, 150),
};
