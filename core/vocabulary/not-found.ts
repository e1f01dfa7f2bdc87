/** What an error page says in its title or main heading ("Page not found", "Seite nicht gefunden").
 * Asked only of pages with little text. Each phrase names the page, so that a short story headed
 * "Missing hiker not found" is not taken for one. See index.ts. */
import type { PerLanguage } from './index';

export const NOT_FOUND_PHRASES: PerLanguage = {
  en: [
    'page not found',
    "(this |the )?page (does not|doesn't|could not|couldn't|can ?not|can't) (exist|be found)",
    "(we )?(can't|cannot|couldn't|could not) find (that|this|the) page",
  ],
  de: ['seite nicht gefunden', 'seite (wurde|konnte) nicht gefunden( werden)?', 'seite existiert nicht'],
  fr: ['page introuvable', 'page non trouvée', 'page est introuvable', "page n'existe pas"],
  es: ['página no encontrada', 'no se (ha )?encontr(ó|ado) la página', 'página no existe'],
  it: ['pagina non trovata', 'pagina non esiste'],
  pt: ['página não encontrada', 'página não existe'],
  nl: ['pagina niet gevonden', 'pagina bestaat niet'],
};
