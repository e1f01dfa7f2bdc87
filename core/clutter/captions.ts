/** Picture credits and captions that are not in a <figure>: lines that are nothing but a credit
 * ("Photo: AP", "(Getty Images)", "Bild: dpa") and captions marked by a wire credit at their end. A
 * caption-classed block without one stays: it may be the only place a point is made. */
import type { ClutterRule } from './rule';
import { textOf } from '../dom';
import { CREDIT_LABELS } from '../vocabulary/clutter';
import { alternation } from '../vocabulary';

/** Class tokens of caption and credit blocks (whole tokens: `no_caption` or `captionless` are not). */
const CAPTION_CLASS =
  /(^|[\s_-])(caption|captions|cutline|credit|credits|photo-?credit|image-?credit|wp-caption-text)([\s_-]|$)/;
const AGENCIES =
  'ap|reuters|afp|epa|getty images|getty|dpa|ansa|efe|shutterstock|istock|imago|picture alliance|keystone|anp|belga|lusa|xinhua';
/** A line that is a credit from its start: "Photo: David Zalubowski / AP", "Credit: Reuters",
 * "Crédits photos : Bestimage", "Titelbild:", "AFP / MARCO BERTORELLO", "© Example Press". */
const CREDIT_START = new RegExp(
  [
    `^(${alternation(CREDIT_LABELS)})\\s*(:|by\\b|©)\\s*\\S`,
    `^(${alternation(CREDIT_LABELS)})\\s*:?$`,
    `^(©\\s*)?(${AGENCIES})\\s*/\\s*[\\p{Lu} .'-]{3,40}$`,
    '^©\\s*\\S.{0,60}$',
  ].join('|'),
  'iu',
);
/** A credit at the end of a line: "… (Image: GETTY)", "… (AP Photo/David Zalubowski)", "… (Reuters, File)",
 * "… © AFP / Marco Bertorello". */
const TRAILING_CREDIT = new RegExp(
  [
    `\\((${alternation(CREDIT_LABELS)})\\s*:[^)]*\\)\\s*$`,
    '\\(AP Photo\\/[^)]*\\)\\s*$',
    '©\\s*[^©.]{2,60}$',
    `\\([^()]*\\b(via (${AGENCIES})|(${AGENCIES})( photo)?, file)\\)\\s*$`,
  ].join('|'),
  'iu',
);
const MAX_CREDIT_CHARS = 120;
/** A caption is a few sentences at most; a longer block that ends in a credit is more than one. */
const MAX_CAPTION_CHARS = 400;
/** A line that is nothing but a picture credit, or a caption marked as one by the credit at its end
 * ("… (AP Photo/David Zalubowski)"): a wire photo's caption set loose in the body, which the reader
 * shows with its picture, not as a paragraph of the story. A caption-classed block without a credit
 * stays — it may be the only place a point is made. */
export function isCredit(text: string): boolean {
  if (text.length > MAX_CREDIT_CHARS) return TRAILING_CREDIT.test(text) && text.length <= MAX_CAPTION_CHARS;
  return CREDIT_START.test(text) || TRAILING_CREDIT.test(text);
}

export const captionBlocks: ClutterRule = {
  reason: 'picture credit or credited caption',
  scope: 'reader',
  find: (context) => [
    ...context.named
      .filter(
        ({ el, names }) =>
          CAPTION_CLASS.test(names) && !el.closest('figure') && !/^H[1-6]$/.test(el.tagName) && isCredit(textOf(el)),
      )
      .map(({ el }) => el),
    ...context.shortTexts
      .filter(({ node, text }) => isCredit(text) && node.parentElement && !node.parentElement.closest('figure'))
      .map(({ node }) => node.parentElement as Element)
      .filter((el) => isCredit(textOf(el))),
  ],
  examples: {
    removes: [
      '<p>Photo: David Zalubowski / Associated Press</p>',
      '<div class="photo"><img src="a.jpg"><span class="image-credit">(Image: GETTY )</span></div>',
      '<p>Crédits photos : Bestimage</p>',
      '<span>Titelbild:</span>',
      '<p>A long row of unsold cars at a dealership in Denver, where sales fell for a third month. (AP Photo/David Zalubowski)</p>',
    ],
    keeps: [
      '<p class="wp-caption-text">The old mill, rebuilt in 1902, is the only part of the estate that survived the fire.</p>',
      '<h2 class="no_caption">How the plan was made</h2>',
    ],
  },
};
