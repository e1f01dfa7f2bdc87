/** A paywall's prompt where the rest of the story would be ("To view the full story, please
 * subscribe", "Pour lire la suite…", "Has alcanzado el límite de noticias"): the small block around
 * it. The article keeps its paywall warning: extract.ts reads it from the removed list. */
import type { ClutterRule } from './rule';
import { textsMatching, widgetAround } from './rule';
import { linkDensity, textLengthAtMost } from '../dom';
import { PAYWALL_PROMPTS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

/** At the start of a sentence: the prompt speaks to the reader ("To view the full story, …"); the
 * same words inside a sentence of the story ("readers who want to read the full story…") do not. */
export const PAYWALL_PROMPT = new RegExp(`(^|[.!?:]\\s+)[¡¿"“]?(${alternation(PAYWALL_PROMPTS)})`, 'iu');
export const PAYWALL_PROMPT_REASON = 'paywall prompt';
const MAX_PROMPT_CHARS = 700;
/** A prompt asks for a subscription or a log-in, in some language. */
const SUBSCRIPTION =
  /subscri|abonn|suscri|assin|abbona|log ?in|sign in|anmelden|einloggen|inicia sesi|identifi|plan digital|member|mitglied|miembro|socio|abbonati/i;

/** The story's teaser stays: a prompt's block holds no long paragraph without links. */
function holdsTeaser(el: Element): boolean {
  const paragraphs = el.tagName === 'P' ? [el] : Array.from(el.querySelectorAll('p'));
  return paragraphs.some(
    (p) => !textLengthAtMost(p, 250) && linkDensity(p) < 0.1 && !PAYWALL_PROMPT.test(p.textContent ?? ''),
  );
}

export const paywallPrompts: ClutterRule = {
  reason: PAYWALL_PROMPT_REASON,
  scope: 'page',
  find: (context) =>
    textsMatching(context, PAYWALL_PROMPT)
      .map((el) => widgetAround(el, MAX_PROMPT_CHARS, context.root))
      .filter((block) => SUBSCRIPTION.test(block.textContent ?? '') && !holdsTeaser(block))
      .filter((block) => block.querySelector('a, button, input') !== null || textLengthAtMost(block, 200)),
  examples: {
    removes: [
      '<div class="barrier"><p>To view the full story, please subscribe to The Example Times.</p><p>If you’re already a subscriber, you can <a href="/login">log in</a>.</p><a href="/s">Subscribe</a></div>',
      '<p>If you’re seeing this message but you’re already a subscriber, you can <a href="/my-account">log in</a> for immediate access to this story.</p>',
      '<div><p>Has alcanzado el límite de noticias. Para continuar leyendo, adquiere el Plan Digital.</p><button>Suscríbete</button></div>',
    ],
    keeps: [
      '<p>To read the full story of the strike, start with the union’s own history, published last year, which the authors spent a decade on and which is now in its third printing.</p>',
      '<p>Readers who want to read the full story of the strike will find it in the union’s own history, published last year.</p>',
    ],
  },
};
