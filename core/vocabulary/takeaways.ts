/** Words by which a publisher marks its summary of the story (the takeaways), per language; see
 * index.ts. Entries are regular-expression fragments in lower case. */
import type { PerLanguage } from './index';

/** Headings set over a short summary list ("Key takeaways", "Das Wichtigste in Kürze"). Matched
 * against the whole text of the heading, so "Summary of the council meeting" is no such heading.
 * Left out on purpose: words that head lists of other stories as often as summaries ("Destaques",
 * Portuguese for featured stories) and section headings of a story's own body ("Überblick"). */
export const TAKEAWAY_HEADINGS: PerLanguage = {
  en: [
    'key takeaways?',
    'takeaways',
    'the takeaways?',
    'key points',
    'the key points',
    'key facts',
    'summary',
    'story summary',
    'article summary',
    'quick summary',
    'what to know',
    'what you need to know',
    'highlights',
    'story highlights',
    'in brief',
    'tl;? ?dr',
    'at a glance',
    'the big picture',
    'the gist',
    'why it matters',
  ],
  de: [
    'das wichtigste( in kürze)?',
    'das wichtigste im überblick',
    'die wichtigsten punkte',
    'auf einen blick',
    'zusammenfassung',
    'kurz und knapp',
    'in kürze',
    'kurz gesagt',
  ],
  fr: [
    'à retenir',
    'ce qu.il faut retenir',
    'ce qu.il faut savoir',
    'l.essentiel',
    '(les )?points clés',
    'en bref',
    'résumé',
    'en résumé',
  ],
  es: [
    'puntos clave',
    '(las )?claves',
    'lo más importante',
    'lo que debes saber',
    'lo que hay que saber',
    'resumen',
    'en resumen',
    'en breve',
    'en pocas palabras',
  ],
  it: [
    'punti chiave',
    'i punti principali',
    'in sintesi',
    'in breve',
    'riassunto',
    'in pillole',
    'cosa sapere',
    'cosa c.è da sapere',
    'l.essenziale',
  ],
  pt: [
    'pontos[ -]chave',
    '(os )?principais pontos',
    'pontos principais',
    'resumo',
    'em resumo',
    'em síntese',
    'em poucas palavras',
    'o que (você precisa|é preciso) saber',
  ],
  nl: [
    'samenvatting',
    'in het kort',
    'kort samengevat',
    'kort gezegd',
    '(de )?belangrijkste punten',
    'kernpunten',
    'in een notendop',
    'wat (je|u) moet weten',
    'het belangrijkste',
  ],
};

/** Labels at the start of a summary paragraph ("TL;DR: …", "Kurz gesagt: …"). Only phrases that
 * announce a summary of what follows: "Why it matters:" and "The big picture:" open paragraphs
 * of the story itself (news sites in that style label every paragraph), and "Em breve" is
 * Portuguese for "soon". */
export const TAKEAWAY_LABELS: PerLanguage = {
  en: [
    'tl;? ?dr',
    'in short',
    'in brief',
    '(the )?gist',
    '(the )?bottom line',
    'summary',
    'in summary',
    'key takeaways?',
    '(the )?short version',
  ],
  de: [
    'kurz gesagt',
    'in kürze',
    'kurz und knapp',
    'zusammenfassung',
    'zusammengefasst',
    'kurzfassung',
    'das wichtigste',
  ],
  fr: ['en bref', 'en résumé', 'résumé', 'l.essentiel', 'à retenir', 'en deux mots'],
  es: ['en resumen', 'en breve', 'resumen', 'en pocas palabras', 'en síntesis', 'lo esencial'],
  it: ['in breve', 'in sintesi', 'riassunto', 'in poche parole', 'in pillole'],
  pt: ['em resumo', 'resumo', 'em poucas palavras', 'em síntese', 'resumindo'],
  nl: ['in het kort', 'kort gezegd', 'kort samengevat', 'samenvatting', 'samengevat', 'in een notendop'],
};

/** Words in the class, id or test id of a summary list ("summary-list", "story-highlights",
 * "RenderKeyPoints"), as tokens joined by "-": "key-points" matches the class names key-points,
 * key_points and keyPoints. Matched only on lists set at the top of a story: the same words name
 * teasers in story lists ("post-summary") and the body field of some CMSs ("text-with-summary"). */
export const TAKEAWAY_CLASS_WORDS: PerLanguage = {
  en: ['summary', 'key-points', 'keypoints', 'key-takeaways', 'takeaways', 'highlights', 'tldr', 'at-a-glance'],
  de: ['zusammenfassung', 'kurzfassung', 'das-wichtigste'],
  fr: ['resume', 'essentiel', 'points-cles', 'a-retenir'],
  es: ['resumen', 'puntos-clave', 'claves'],
  it: ['riassunto', 'sintesi', 'punti-chiave'],
  pt: ['resumo', 'pontos-chave'],
  nl: ['samenvatting', 'kernpunten', 'in-het-kort'],
};
