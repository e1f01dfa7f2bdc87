/** Site furniture that is never the article: navigation, footers, ad slots, share bars. */
import type { ClutterRule } from './rule';
import { classAndId, parentsOf } from './rule';
import { textOf } from '../dom';

const AD_CLASS = /(^|[\s_-])(ad|ads|adslot|ad-slot|advert|advertisement|dfp|gpt-ad|sponsored|taboola|outbrain)([\s_-]|$)/;
const SHARE_CLASS = /(^|[\s_-])(share|sharing|social|share-?bar|share-?tools)([\s_-]|$)/;
export const AD_LABEL = /^(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?)$/i;

const SCREEN_READER_CLASS = /(^|[\s_-])(sr-only|visually-hidden|visuallyhidden|off-screen|offscreen|screen-reader-text|screenreader-only|a11y-only)([\s_-]|$)/;

/** Labels for screen readers only ("Image caption", "Image copyright"): seen, they read as stray words. */
export const screenReaderLabels: ClutterRule = {
  reason: 'screen-reader label',
  find: ({ root }) =>
    Array.from(root.querySelectorAll('[class]')).filter(
      (el) => SCREEN_READER_CLASS.test(classAndId(el)) && textOf(el).length < 60 && !/^H[1-6]$/.test(el.tagName),
    ),
};

export const navigation: ClutterRule = {
  reason: 'navigation',
  find: ({ root }) => Array.from(root.querySelectorAll('nav, [role="navigation"]')),
};

export const footers: ClutterRule = {
  reason: 'page footer',
  find: ({ root }) =>
    Array.from(root.querySelectorAll('footer, [role="contentinfo"]')).filter((el) => textOf(el).length < 1500),
};

export const adSlots: ClutterRule = {
  reason: 'advertisement',
  find: (context) => [
    ...Array.from(context.root.querySelectorAll('[class], [id]')).filter(
      (el) => AD_CLASS.test(classAndId(el)) && textOf(el).length < 120,
    ),
    ...parentsOf(context.shortTexts.filter(({ text }) => AD_LABEL.test(text))),
  ],
};

export const shareBars: ClutterRule = {
  reason: 'share bar',
  find: ({ root }) =>
    Array.from(root.querySelectorAll('[class], [id]')).filter(
      (el) => SHARE_CLASS.test(classAndId(el)) && textOf(el).length < 150,
    ),
};
