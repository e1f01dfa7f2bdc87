/** What an error page says in its title or main heading ("Page not found", "Seite nicht gefunden").
 * Matched anywhere in a short title or heading, and asked only of pages with little text: an
 * article's title may say "not found" too, but an article has more to say. See index.ts. */
import type { PerLanguage } from './index';

export const NOT_FOUND_PHRASES: PerLanguage = {
  en: ['page not found', 'not found', "(this |the )?page (does not|doesn't|could not|couldn't|can ?not|can't) (exist|be found)", "we (can't|cannot|couldn't) find (that|this|the) page"],
  de: ['seite nicht gefunden', 'nicht gefunden', 'seite existiert nicht', 'seite wurde nicht gefunden'],
  fr: ['page introuvable', 'page non trouvée', "(cette )?page n'existe pas", 'introuvable'],
  es: ['página no encontrada', 'no encontrada', 'no se (ha )?encontr(ó|ado) la página', '(la )?página no existe'],
  it: ['pagina non trovata', 'non trovata', '(la )?pagina non esiste'],
  pt: ['página não encontrada', 'não encontrada', '(a )?página não existe'],
  nl: ['pagina niet gevonden', 'niet gevonden', '(deze )?pagina bestaat niet'],
};
