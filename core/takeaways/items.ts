/** What every takeaways shape shares: a summary item's size, and the items of a list. */
import { textOf } from '../dom';
import { alternation } from '../vocabulary';
import { BYLINE_LABELS } from '../vocabulary/bylines';

export const MAX_ITEMS = 10;
export const MAX_ITEM_CHARS = 600;

/** The texts of a list's own items, empty ones left out. */
export function listItems(list: Element): string[] {
  return Array.from(list.children)
    .filter((child) => child.tagName === 'LI')
    .map((li) => textOf(li))
    .filter(Boolean);
}

/** Whether every item of the list has text: a summary's do; a byline list ends with share icons. */
export function everyItemHasText(list: Element): boolean {
  return Array.from(list.children).every((child) => child.tagName !== 'LI' || textOf(child) !== '');
}

const BYLINE_START = new RegExp(`^(${alternation(BYLINE_LABELS)})\\s`, 'iu');
/** Chinese, Japanese and Korean write sentences without spaces between words. */
const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function wordCount(text: string): number {
  return Math.max(text.split(/\s+/).length, Math.floor((text.match(CJK_CHARS)?.length ?? 0) / 2));
}

/** A byline is a label and a few words ("by A. Writer / 2016.12.01"); a sentence may start with
 * the same word ("Por primera vez, el ayuntamiento…", "Door de storm…") but goes on. */
const MAX_BYLINE_WORDS = 8;

function isByline(text: string): boolean {
  return BYLINE_START.test(text) && wordCount(text) <= MAX_BYLINE_WORDS;
}

/** Without a heading to vouch for it, an item must read as a sentence to be a summary point (a
 * byline, a date, a share button or a product name does not). */
export function readsAsSentence(text: string, { minChars, minWords }: { minChars: number; minWords: number }): boolean {
  return text.length >= minChars && text.length <= MAX_ITEM_CHARS && wordCount(text) >= minWords && !isByline(text);
}

/** A list whose items hold pictures is a gallery or a set of cards, not a summary. */
export function holdsPictures(list: Element): boolean {
  return list.querySelector('img, picture, figure, video') !== null;
}
