/** The words of page furniture, per language: headings over lists of other stories, "read also"
 * labels, buttons, sign-ups, consent banners, picture credits, boilerplate lines. Regular-expression
 * fragments in lower case (see index.ts); a convention test checks every entry has every language. */
import type { PerLanguage } from './index';

/** Headings over a block of links to other stories or topics ("Related articles", "Mehr zum Thema"). */
export const STORY_LIST_HEADINGS: PerLanguage = {
  en: [
    'most (recent|read|popular|viewed|shared|commented)\\b.*', 'related( (stories|articles|posts|content|coverage|topics|links|news|reading))?',
    'topics', 'tags', 'trending( now| stories)?', 'popular( now| stories| posts)?', 'recommended( (for you|stories|reading|articles))?',
    'more (stories|news|articles|posts|coverage|videos)( (from|on|in|about)\\b.*)?', 'more (from|on)\\b.*', 'more great .{1,40} stories',
    'you (may|might) (also )?(like|enjoy|be interested in)', 'don.?t miss', 'more to explore', 'read these next', 'popular on \\w+',
    'what to read next', 'read (more|next|also)', 'also read', 'top stories', 'latest( (news|stories|headlines|posts|articles))?',
    'recent posts', 'editors?.? picks', 'similar (articles|posts|stories)', 'further reading on .*',
  ],
  de: [
    'mehr zum thema( .{1,40})?', 'auch interessant', '(das|dieses thema) (könnte|dürfte) (sie|dich) (auch )?interessieren', 'lesen sie auch.{0,30}',
    '(verwandte|ähnliche|passende|empfohlene|beliebte|neueste|aktuelle|weitere) (artikel|beiträge|themen|nachrichten|meldungen|news)( .{1,40})?',
    'meistgelesen(e)?( artikel)?', 'meist(gelesen|geklickt|diskutiert)', 'top[- ]?themen', 'themen', 'schlagw(ö|o)rter', 'stichw(ö|o)rter',
    'auch lesen', 'empfehlungen( (aus der redaktion|für (sie|dich)))?', 'mehr (aus|von|zu) .{1,40}', 'das könnte sie auch interessieren',
  ],
  fr: [
    '(à )?lire aussi', 'sur le même (sujet|thème)', 'articles? (similaires|liés|associés|recommandés)', '(les )?plus (lus|populaires|partagés)',
    'vous (aimerez|pourriez aimer) (aussi|également)', 'à voir aussi', 'dans la même rubrique', '(nos )?derniers articles',
    "plus d.articles", 'mots[- ]clés', 'sujets', 'voir aussi', 'à la une',
  ],
  es: [
    '(también )?(te|le) puede interesar', 'noticias relacionadas', 'artículos relacionados', 'lo más (leído|visto|popular)',
    'más (leídas|leídos|vistas|vistos|noticias)', '(lee|lea) también', 'etiquetas', 'temas', 'te recomendamos', 'últimas noticias',
    'relacionad[oa]s', 'más de .{1,40}',
  ],
  it: [
    'leggi anche', '(ti )?potrebbe(ro)? interessarti', '(articoli|notizie) correlat[ie]', '(i )?più (letti|visti|popolari)',
    '(ultime|altre) notizie', 'argomenti', 'tag', 'potrebbe interessarti anche',
  ],
  pt: [
    '(leia|veja) também', '(notícias|artigos|matérias) relacionad[oa]s', 'mais (lidas|lidos|vistas|vistos|notícias)',
    'você (pode|também pode) gostar', 'últimas notícias', 'tags', 'temas', 'recomendados para você',
  ],
  nl: [
    'lees ook', 'meer over (dit onderwerp|.{1,40})', 'gerelateerde (artikelen|berichten)', 'meest gelezen', 'ook interessant',
    'bekijk ook', '(meer|laatste) nieuws', 'tags', 'onderwerpen', 'aanbevolen( artikelen)?',
  ],
};

/** Labels that start a one-line pointer to another story inside the text ("Read also: <link>"). */
export const READ_MORE_LABELS: PerLanguage = {
  en: [
    '(see|read|watch|listen to) (more|also|next)', 'related( (stories|story|articles?|coverage|content|reading))?', 'more( (stories|coverage|on this))?',
    'also read', 'recommended( reading)?', 'trending', 'most read', 'editor.?s pick', 'on [a-z0-9.-]+\\.[a-z]{2,6}', 'also on [a-z0-9.-]+\\.[a-z]{2,6}',
  ],
  de: ['lesen sie (auch|mehr|hier)', 'auch lesen', 'mehr dazu', 'mehr zum thema', 'siehe auch', 'lesetipp', 'auch interessant', 'auch auf [a-z0-9.-]+\\.[a-z]{2,6}'],
  fr: ['(à )?lire aussi', 'à lire', 'voir aussi', 'à voir', 'sur le même sujet', 'lire également'],
  es: ['(lee|lea) también', '(le|te) puede interesar', '(lea|lee) más', 'ver también', 'también lea', 'puede interesarte', 'relacionado'],
  it: ['leggi anche', 'leggi pure', 'vedi anche', '(ti )?potrebbe interessarti'],
  pt: ['(leia|veja) também', 'leia mais', 'saiba mais'],
  nl: ['lees ook', 'lees meer', 'bekijk ook', 'zie ook'],
};

/** The whole text of a button or link that acts on the page ("Share", "Drucken", "Volver"). */
export const CONTROL_LABELS: PerLanguage = {
  en: [
    'save( (the )?(story|article|for later|to read later))?', 'saved', 'bookmark( (this|story|article))?', 'share( this)?( (story|article|post))?',
    'print( this)?( (story|article|page))?', 'email( this)?( (story|article))?', 'copy link', 'gift( this)? article',
    'listen( to (this )?(story|article))?', 'follow', 'read later', 'comments?', '\\d+ comments?', 'comments? \\(\\d+\\)', 'no comments( yet)?',
    'view comments', 'show comments', '(image|photo|picture|slide) \\d+ ?(of|/|of /) ?\\d+', 'caption', 'show caption', 'hide caption', 'close',
    'expand', 'enlarge', 'full ?screen', 'next', 'previous', 'prev', 'back to top', 'view (gallery|slideshow)', 'launch (gallery|slideshow)',
    'tell us what you think\\W*', 'leave a (comment|reply)', 'add a comment', 'join the (conversation|discussion)\\W*',
    'report (an )?(error|typo)', 'report a correction', 'rate this (article|post|story)', 'back( to (overview|list|top))?',
    '(order )?reprints', 'text size', 'font size', '\\d+ ?[-–] ?\\d+ of \\d+', 'load more', 'show more', 'see all', 'view all',
  ],
  de: [
    'teilen', 'artikel teilen', 'drucken', 'artikel drucken', 'merken', 'kommentare?', 'kommentieren', 'keine kommentare', '\\d+ kommentare?',
    'zurück( zur (übersicht|listenansicht|startseite))?', 'nach oben', 'weiter', 'schließen', 'vorlesen', 'artikel (bewerten|vorlesen|merken)',
    'gefällt (ihnen|dir) (dieser|der) (artikel|beitrag)\\?', '(artikel|beitrag) gefallen\\?.{0,40}',
    '\\(?noch keine bewertungen\\)?', 'mehr laden', 'weitere inhalte laden', 'lade weitere inhalte', 'alle anzeigen', 'hier können sie den artikel bewerten', 'artikel gefallen\\? vergiss nicht zu teilen!?',
  ],
  fr: ['partager', 'imprimer', 'commenter', 'commentaires?', '\\d+ commentaires?', 'retour( en haut)?', 'fermer', 'suivant', 'précédent', 'écouter( l.article)?'],
  es: ['compartir', 'imprimir', 'comentarios?', '\\d+ comentarios?', 'volver( arriba)?', 'cerrar', 'siguiente', 'anterior', 'valora esta (noticia|nota|artículo)', 'escuchar( noticia)?'],
  it: ['condividi', 'stampa', 'commenti', '\\d+ commenti', 'torna (su|indietro)', 'chiudi', 'successivo', 'precedente', 'ascolta( l.articolo)?'],
  pt: ['compartilhar', 'partilhar', 'imprimir', 'comentários?', '\\d+ comentários?', 'voltar( ao topo)?', 'fechar', 'próximo', 'anterior', 'ouvir( notícia)?'],
  nl: ['delen', 'afdrukken', 'reacties?', '\\d+ reacties?', 'terug( naar boven)?', 'sluiten', 'volgende', 'vorige', 'voorlezen'],
};

/** Words of a newsletter sign-up (only a block that also holds an e-mail field or a sign-up button counts). */
export const SIGNUP_WORDS: PerLanguage = {
  en: ['newsletters?', 'subscribe', 'subscribing', 'sign ?up', 'signup', 'inbox', 'stay in the know', 'get (the|our) (latest|best)', 'delivered to your (inbox|email)'],
  de: ['newsletter', 'abonnieren', 'jetzt anmelden', 'posteingang'],
  fr: ['newsletter', 'lettre d.information', 's.abonner', 'abonnez-vous', 'inscrivez-vous'],
  es: ['boletín', 'newsletter', 'suscríbete', 'suscribirse', 'suscripción'],
  it: ['newsletter', 'iscriviti', 'iscrizione'],
  pt: ['newsletter', 'assine', 'inscreva-se', 'cadastre-se'],
  nl: ['nieuwsbrief', 'abonneer', 'schrijf je in', 'aanmelden'],
};

/** Phrases of a cookie or consent banner. */
export const CONSENT_PHRASES: PerLanguage = {
  en: ['uses? cookies', 'we use cookies', 'cookie (policy|settings|preferences|consent)', 'accept (all )?cookies', 'manage (your )?consent', 'privacy preferences', 'we respect your privacy'],
  de: ['(wir )?(verwenden|nutzen|benutzt|verwendet|nutzt) cookies', 'cookie-(einstellungen|richtlinie|hinweis)', 'datenschutzeinstellungen', 'alle cookies akzeptieren', 'wir respektieren (deine|ihre) privatsphäre'],
  fr: ['(nous )?utilisons des cookies', 'utilise des cookies', 'accepter (tous )?les cookies', 'gérer (mes|vos) (préférences|cookies)', 'paramètres des cookies'],
  es: ['(utilizamos|usamos|utiliza|usa) cookies', 'aceptar (todas las )?cookies', 'política de cookies', 'configuración de cookies'],
  it: ['(utilizziamo|usiamo|utilizza|usa) (i )?cookie', 'accetta (tutti i )?cookie', 'informativa (sui|cookie)', 'preferenze (dei )?cookie'],
  pt: ['(utilizamos|usamos|utiliza|usa) cookies', 'aceitar (todos os )?cookies', 'política de cookies', 'definições de cookies'],
  nl: ['(wij )?(gebruiken|gebruikt) cookies', 'cookies accepteren', 'cookie(beleid|instellingen)', 'privacyvoorkeuren'],
};

/** Labels that start a picture credit ("Photo: AP", "Bild: dpa", "Crédits photo : X"). */
export const CREDIT_LABELS: PerLanguage = {
  en: ['photo', 'photos', 'image', 'images', 'picture', 'pic', 'credit', 'credits', 'photo credit', 'image credit', 'source', 'illustration'],
  de: ['foto', 'fotos', 'bild', 'bilder', 'titelbild', 'beitragsbild', 'bildquelle', 'fotoquelle', 'bildnachweis', 'symbolbild'],
  fr: ['photo', 'photos', 'crédits? photos?', 'crédit', 'image', 'illustration'],
  es: ['foto', 'fotos', 'imagen', 'fotografía', 'crédito'],
  it: ['foto', 'immagine', 'credito', 'crediti'],
  pt: ['foto', 'fotos', 'imagem', 'crédito'],
  nl: ['foto', 'beeld', 'afbeelding'],
};

/** Labels that start a line of taxonomy or filing ("Filed under: …", "Kategorie: …", "Tags: …"). */
export const FILING_LABELS: PerLanguage = {
  en: ['filed under', 'posted in', 'categor(y|ies)', 'tags?', 'tagged( with)?', 'topics?', 'keywords'],
  de: ['kategorien?', 'rubriken?', 'schlagw(ö|o)rter', 'stichw(ö|o)rter', 'tags?', 'themen', 'abgelegt unter', 'veröffentlicht in'],
  fr: ['catégories?', 'rubriques?', 'mots[- ]clés', 'étiquettes?', 'tags?', 'classé dans', 'publié dans'],
  es: ['categorías?', 'etiquetas?', 'tags?', 'temas?', 'archivado en', 'publicado en'],
  it: ['categori[ae]', 'tag', 'argomenti', 'parole chiave', 'archiviato in', 'pubblicato in'],
  pt: ['categorias?', 'etiquetas?', 'tags?', 'temas?', 'arquivado em', 'publicado em'],
  nl: ['categorie(ën)?', 'tags?', 'trefwoorden', 'onderwerpen', 'geplaatst in'],
};

/** Phrases of a copyright or reprint notice. */
export const RIGHTS_PHRASES: PerLanguage = {
  en: ['all rights reserved', 'copyrighted property of', 'may not be (re)?published', 'written permission (must|is required)', 'without (the )?(prior )?written permission'],
  de: ['alle rechte vorbehalten', 'nachdruck nur mit'],
  fr: ['tous droits réservés', 'reproduction interdite'],
  es: ['todos los derechos reservados', 'prohibida (su|la) reproducción'],
  it: ['tutti i diritti riservati', 'riproduzione riservata'],
  pt: ['todos os direitos reservados', 'proibida a reprodução'],
  nl: ['alle rechten voorbehouden'],
};

/** Headings over an author's bio box ("About the author", "Über den Autor"). */
export const AUTHOR_BOX_HEADINGS: PerLanguage = {
  en: ['about the authors?', 'about the writer', 'author bio'],
  de: ['über (den|die) autor(in|en|innen)?', 'zum autor', 'zur autorin', 'autoreninfo'],
  fr: ['à propos de l.auteur', 'l.auteur', 'sur l.auteur'],
  es: ['sobre el autor', 'acerca del autor', 'sobre la autora'],
  it: ['(sull|l).autore', 'chi è l.autore'],
  pt: ['sobre o autor', 'sobre a autora'],
  nl: ['over de auteur', 'over de schrijver'],
};

/** Month names and abbreviations, for date lines. */
export const MONTHS: PerLanguage = {
  en: ['jan(uary)?', 'feb(ruary)?', 'mar(ch)?', 'apr(il)?', 'may', 'june?', 'july?', 'aug(ust)?', 'sept?(ember)?', 'oct(ober)?', 'nov(ember)?', 'dec(ember)?'],
  de: ['januar', 'jän(ner)?', 'februar', 'märz', 'mär', 'mai', 'juni', 'juli', 'okt(ober)?', 'dez(ember)?'],
  fr: ['janv(ier)?', 'févr?(ier)?', 'mars', 'avr(il)?', 'mai', 'juin', 'juil(let)?', 'août', 'septembre', 'octobre', 'novembre', 'déc(embre)?'],
  es: ['ene(ro)?', 'febrero', 'marzo', 'abr(il)?', 'mayo', 'jun(io)?', 'jul(io)?', 'ago(sto)?', 'sep(tiembre)?', 'setiembre', 'octubre', 'noviembre', 'dic(iembre)?'],
  it: ['genn?(aio)?', 'febbraio', 'marzo', 'aprile', 'magg?(io)?', 'giu(gno)?', 'lug(lio)?', 'ago(sto)?', 'sett?(embre)?', 'ott(obre)?', 'novembre', 'dic(embre)?'],
  pt: ['jan(eiro)?', 'fev(ereiro)?', 'março', 'abr(il)?', 'mai(o)?', 'jun(ho)?', 'jul(ho)?', 'ago(sto)?', 'set(embro)?', 'out(ubro)?', 'nov(embro)?', 'dez(embro)?'],
  nl: ['januari', 'februari', 'maart', 'mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** Weekday names and abbreviations, for date lines. */
export const WEEKDAYS: PerLanguage = {
  en: ['mon(day)?', 'tue(s(day)?)?', 'wed(nesday)?', 'thu(r(s(day)?)?)?', 'fri(day)?', 'sat(urday)?', 'sun(day)?'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  pt: ['(segunda|terça|quarta|quinta|sexta)(-feira)?', 'sábado', 'domingo'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
};

/** The small words around a date in a date line ("Published on … at", "Veröffentlicht am … um … Uhr"). */
export const DATE_LABELS: PerLanguage = {
  en: ['published', 'posted', 'updated', 'last updated', 'first published', 'modified', 'last modified', 'on', 'at', 'and', 'date', 'time', 'original'],
  de: ['veröffentlicht', 'aktualisiert', 'zuletzt aktualisiert', 'erstellt', 'geändert', 'stand', 'am', 'um', 'uhr', 'vom'],
  fr: ['publié', 'mis à jour', 'modifié', 'le', 'à', 'h', 'et'],
  es: ['publicado', 'actualizado', 'el', 'de', 'a las', 'del', 'y'],
  it: ['pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'del', 'di'],
  pt: ['publicado', 'atualizado', 'em', 'às', 'de', 'h'],
  nl: ['gepubliceerd', 'bijgewerkt', 'op', 'om', 'uur'],
};

/** Disclosures of paid links, said of the page itself ("This post may contain affiliate links",
 * "Dieser Beitrag enthält Werbung"): a sentence *about* affiliate links is not one. */
export const DISCLOSURE_PHRASES: PerLanguage = {
  en: [
    '(this|the) (post|article|page|story|site|review) (may )?(contains?|includes?|uses) (affiliate|referral|sponsored|paid)',
    '(we|i|microsoft|.{1,30}) may (earn|receive) (a|an) (small )?(affiliate )?commission',
  ],
  de: ['(dieser|der) (beitrag|artikel|text|post) (kann |enthält |beinhaltet )(werbung|affiliate|provisions|werbelinks)', '^\\*?werbung[.:]', 'mit \\* gekennzeichnete links'],
  fr: ['(cet|cette|ce) (article|page|billet) (peut contenir|contient) des liens (affiliés|d.affiliation|sponsorisés)'],
  es: ['(este|esta) (artículo|publicación|página|post) (puede contener|contiene) enlaces (de afiliados?|patrocinados)'],
  it: ['(questo|questa) (articolo|pagina|post) (può contenere|contiene) link (affiliati|sponsorizzati)'],
  pt: ['(este|esta) (artigo|página|post) (pode conter|contém) links (de afiliados?|patrocinados)'],
  nl: ['(dit|deze) (artikel|bericht|pagina) (kan )?(bevat|bevatten) (affiliate|gesponsorde)'],
};

/** A paywall's prompt in place of the rest of the story ("To view the full story, please subscribe"). */
export const PAYWALL_PROMPTS: PerLanguage = {
  en: [
    'to (view|read|continue reading|see) the (full|rest of the|whole) (story|article)', 'subscribe (now )?(to|for) .{0,40}(for|to read) the (full|rest of the) (story|article)',
    '(already a subscriber|are you a subscriber)\\?', 'you.?ve (reached|hit) (your|the) (article |free article )?limit', 'subscribe to (continue|keep) reading',
  ],
  de: ['um (den artikel |den beitrag )?weiterzulesen', 'weiterlesen mit', 'sie haben bereits ein abo', 'diesen artikel (komplett )?lesen mit', 'schon abonnent\\?'],
  fr: ['pour lire la suite', 'la suite est réservée aux abonnés', 'déjà abonné\\s*\\?', 'cet article est réservé aux abonnés'],
  es: ['para (seguir|continuar) leyendo', 'has alcanzado el límite de (noticias|artículos)', '¿ya eres suscriptor\\?', 'contenido exclusivo para suscriptores'],
  it: ['per continuare a leggere', 'sei già abbonato\\?', 'articolo riservato agli abbonati'],
  pt: ['para continuar lendo', 'já é assinante\\?', 'conteúdo exclusivo para assinantes'],
  nl: ['om verder te lezen', 'al abonnee\\?', 'lees verder met'],
};
