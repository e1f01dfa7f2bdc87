/** Site notices that are not the story: cookie and consent banners, "this slideshow requires
 * JavaScript", and unrendered CMS shortcodes ("[button link=…]Send us…[/button]"). */
import type { ClutterRule } from './rule';
import { parentsOf, textsMatching, widgetAround } from './rule';
import { CONSENT_PHRASES } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

export const CONSENT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(CONSENT_PHRASES)})(?![\\p{L}\\p{N}])`,
  'iu',
);
export const SCRIPT_REQUIRED =
  /^(this (slideshow|video|gallery|content|feature|page|site|player) requires javascript|please (enable|turn on) javascript|you (need|must) (to )?enable javascript|javascript is (disabled|required))/i;
/** A shortcode has attributes (`[button link="/x"]…[/button]`) or is a lone tag with them; bracketed
 * words alone ("[Laughter]", "[Updated at 3 p.m.]") are prose. */
const ATTRIBUTES = '(\\s+[\\w-]+=("[^"]*"|\'[^\']*\'|[^\\s\\]]+))+\\s*';
export const SHORTCODE = new RegExp(`^\\[([a-z_][\\w-]*)${ATTRIBUTES}\\/?\\](.{0,200}\\[\\/\\1\\])?$`, 'i');
/** A consent banner lets you answer it, or says what it is in its names. */
const CONSENT_NAMES = /cookie|consent|gdpr|privacy|cmp/;

export const consentBanners: ClutterRule = {
  reason: 'cookie or consent banner',
  scope: 'page',
  find: (context) =>
    textsMatching(context, CONSENT_PATTERN)
      .map((el) => widgetAround(el, 700, context.root))
      .filter(
        (banner) =>
          banner.querySelector('button, a, input') !== null ||
          CONSENT_NAMES.test(`${banner.className} ${banner.id}`.toLowerCase()),
      ),
  examples: {
    removes: [
      '<div class="bar">This website uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Read More</a></div>',
      '<div id="consent">Wir verwenden Cookies, um Inhalte zu personalisieren. <button>Alle akzeptieren</button></div>',
      '<div class="content-blocker"><p>Klicken Sie auf den unteren Button, um den Inhalt von www.example-maps.de zu laden.</p><p><a href="#">Inhalt laden</a></p></div>',
    ],
    keeps: [
      '<p>The regulator found that the site uses cookies to track readers without asking, a breach of the law passed in 2018.</p>',
    ],
  },
};

export const siteNotices: ClutterRule = {
  reason: 'site notice',
  scope: 'page',
  find: (context) =>
    parentsOf(context.shortTexts.filter(({ text }) => SCRIPT_REQUIRED.test(text) || SHORTCODE.test(text))),
  examples: {
    removes: [
      '<p>This slideshow requires JavaScript.</p>',
      '<p>[button link="/submit" type="big"] Send us YOUR review[/button]</p>',
    ],
    keeps: ['<p>[Laughter]</p>', '<p>[Updated at 3 p.m. with the mayor’s comments]</p>'],
  },
};
