/** Site notices that are not the story: cookie and consent banners, "this slideshow requires
 * JavaScript", and unrendered CMS shortcodes ("[button link=…]Send us…[/button]"). */
import type { ClutterRule } from './rule';
import { parentsOf, textsMatching, widgetAround } from './rule';

export const CONSENT_PATTERN = /\b(uses? cookies|we use cookies|cookie (policy|settings|preferences|consent)|accept (all )?cookies|manage (your )?consent|privacy preferences)\b/i;
export const SCRIPT_REQUIRED = /^(this (slideshow|video|gallery|content|feature|page|site|player) requires javascript|please (enable|turn on) javascript|you (need|must) (to )?enable javascript|javascript is (disabled|required))/i;
export const SHORTCODE = /^\[(\w+)\b[^\]]*\].*\[\/\1\]$|^\[\/?[a-z_]+( [^\]]*)?\]$/i;

export const consentBanners: ClutterRule = {
  reason: 'cookie or consent banner',
  find: (context) => textsMatching(context, CONSENT_PATTERN).map((el) => widgetAround(el, 700, context.root)),
};

export const siteNotices: ClutterRule = {
  reason: 'site notice',
  find: (context) => parentsOf(context.shortTexts.filter(({ text }) => SCRIPT_REQUIRED.test(text) || SHORTCODE.test(text))),
};
