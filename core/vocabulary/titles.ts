/** Words a site's name ends with when a page's title carries it as a tail ("… - The GiveWell Blog",
 * "… | Firefox Nightly News", "… – My website"). A title's last segment ending in one of these is
 * taken for the site's name when nothing better names the site. Entries match the segment's last
 * words; see index.ts. */
import type { PerLanguage } from './index';

export const SITE_NAME_ENDINGS: PerLanguage = {
  en: ['blog', 'news', 'website', 'web site', 'home page', 'homepage', 'official site', 'magazine', 'online'],
  de: ['blog', 'news', 'nachrichten', 'website', 'webseite', 'homepage', 'offizielle seite', 'magazin', 'online'],
  fr: ['blog', 'news', 'actualités', 'actu', 'site officiel', 'site web', 'magazine', 'en ligne'],
  es: ['blog', 'noticias', 'sitio oficial', 'sitio web', 'página oficial', 'revista', 'online'],
  it: ['blog', 'notizie', 'news', 'sito ufficiale', 'sito web', 'rivista', 'magazine', 'online'],
  pt: ['blog', 'notícias', 'site oficial', 'página oficial', 'revista', 'online'],
  nl: ['blog', 'nieuws', 'news', 'website', 'officiële site', 'magazine', 'online'],
};
