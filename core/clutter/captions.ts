/** Picture captions and credits that are not in a <figure> (where Pith already keeps them out of the
 * text): caption-classed blocks, and lines that end with a photo credit. They are not article text. */
import type { ClutterRule } from './rule';
import { namedMatching, parentsOf } from './rule';

// Substrings, not whole tokens: newsCaption, imageCaption, caption-text, photoCredit, cutline.
const CAPTION_CLASS = /caption|cutline|(photo|image|img|picture|media)[\s_-]?credit|(^|[\s_-])credits?([\s_-]|$)/;
/** "… (Image: GETTY)", "… (AP Photo/David Zalubowski)", "Photo: David Zalubowski / AP", "Credit: Reuters". */
export const CREDIT_LINE =
  /\((image|photo|picture|pic|credit|source|foto)s?\s*:[^)]*\)\s*$|\(AP Photo\/[^)]*\)|^(photo|image|picture|credit|source|foto)s?\s*(:|by\b)\s*\S|\([^()]*\b(via (AP|Reuters|AFP|Getty Images|EPA)|(AP|Reuters|AFP|EPA|Getty Images)( Photo)?, File)\)\s*$/i;
const MAX_CAPTION_CHARS = 400;

export const captionBlocks: ClutterRule = {
  reason: 'picture caption or credit',
  find: (context) => [
    ...namedMatching(context, CAPTION_CLASS, MAX_CAPTION_CHARS).filter((el) => !el.closest('figure')),
    ...parentsOf(context.shortTexts.filter(({ text }) => text.length <= MAX_CAPTION_CHARS && CREDIT_LINE.test(text))).filter(
      (el) => !el.closest('figure'),
    ),
  ],
};
