/** Whether a picture's caption says something: the caption without its photo credit, or nothing
 * when all it holds is a credit ("Photo: AP", "(Getty Images)", "Jane Doe/Reuters"). */

/** Words that open a credit line, in the languages Pith reads most (English, German, French,
 * Spanish, Portuguese, Italian, Dutch). */
const CREDIT_LEAD =
  /^(?:photo\s*credit|image\s*credit|image\s*source|image\s*copyright|cr[ée]dits?\s*photos?|photo(?:graph)?s?|images?|imagen(?:es)?|imagem|immagin[ei]|pictures?|pics?|credits?|cr[ée]ditos?|sources?|fuente|fonte|quelle|bildquelle|fotos?|fotograf[íi]as?|bild(?:er)?|afbeelding|illustrations?|graphics?|grafik|video|copyright|courtesy(?:\s+of)?)\b\s*(?:by\b|:|,|\s|$)\s*/iu;
/** Labels screen readers get before a caption ("Image caption", "Caption:"). */
const CAPTION_LABEL = /^(?:(?:image|media|photo|video)\s*caption\s*[:,]?|caption\s*:)\s*/i;
/** Picture agencies and stock libraries whose name alone is a credit. */
const AGENCY =
  /^(?:AP|AP Photo|Associated Press|Reuters|AFP|Agence France-Presse|EPA|EPA-EFE|EFE|ANSA|Télam|Europa Press|Keystone|APA|Belga|Lusa|Kyodo|Yonhap|Imago|picture alliance|picture-alliance|SIPA|Getty|Getty Images|Shutterstock|Alamy|iStock|iStockphoto|Unsplash|Pexels|Wikimedia Commons|Bloomberg|Xinhua|Anadolu|dpa|ANP|AAP|PA|PA Images|PA Wire|Handout|File|Pool|Supplied)$/i;
/** A picture's licence, which is part of its credit: "CC BY-SA 2.0", "CC0", "Public domain". */
const LICENSE =
  /^(?:CC[- ]?(?:BY|0|ZERO)(?:[- ](?:SA|NC|ND))*(?:[- ]\d\.\d)?|public domain|gemeinfrei|domaine public|dominio público|creative commons\b.{0,40})$/i;
/** Small words a credit's names may hold ("Chang W. Lee for The New York Times", "via Getty Images"). */
const NAME_PARTICLES = new Set([
  'via',
  'for',
  'the',
  'of',
  'and',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'y',
  'e',
  'et',
  'und',
  'on',
  'by',
  'photo',
  'file',
  'images',
  'handout',
]);

/** Credits are names: every word capitalized, a handle, a number or a small joining word; no
 * sentence ("Credit card fraud is up" is not a credit). */
function isNameList(text: string): boolean {
  const words = text.split(/[\s/|,;&+–—-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  return words.every(
    (word) => /^[\p{Lu}\p{N}@©(]/u.test(word) || NAME_PARTICLES.has(word.toLowerCase().replace(/[().]/g, '')),
  );
}

function hasAgency(text: string): boolean {
  return text
    .split(/\s*[/|,;–—]\s*|\s+via\s+|\s+for\s+/i)
    .some((part) => AGENCY.test(part.replace(/[().]/g, '').trim()));
}

/** Whether a line holds nothing but a credit. */
export function isCreditOnly(text: string): boolean {
  const bracketed = /^[([].*[)\]]?$/.test(text.trim());
  let line = text
    .trim()
    .replace(/^[([]\s*/, '')
    .replace(/\s*[)\]]$/, '')
    .trim();
  if (!line) return true;
  // "(Walt Disney Co.)": names alone in brackets; "Jason Cipriani/ZDNet": photographer/outlet.
  if (isNameList(line) && (bracketed || /\S\s*\/\s*\S/.test(line))) return true;
  if (/^(©|\(c\)|copyright\b)/i.test(line) || LICENSE.test(line)) return true;
  const lead = CREDIT_LEAD.exec(line);
  if (lead) {
    line = line.slice(lead[0].length).trim();
    return !line || isNameList(line) || (hasAgency(line) && line.split(/\s+/).length <= 8);
  }
  if (AGENCY.test(line)) return true;
  // "Jane Doe/Reuters", "Kevin Frayer / Getty Images": names beside an agency.
  return isNameList(line) && hasAgency(line);
}

/** A caption without the credit it ends with: "(AP Photo/Jane Doe)", "Photo: Jane Doe/AP",
 * "CreditJane Doe for The Times" (a credit label glued to the name). */
export function withoutCredit(caption: string): string {
  let text = caption.trim().replace(CAPTION_LABEL, '');
  for (let round = 0; round < 3; round++) {
    const before = text;
    // A parenthesized or bracketed credit at the end (its closing bracket cut off, sometimes).
    const bracket = /\s*[([]([^()[\]]{1,120})[)\]]?\s*$/.exec(text);
    if (bracket && isCreditOnly(bracket[1])) text = text.slice(0, bracket.index).trim();
    // A credit sentence at the end: "… on Tuesday. Photo: Jane Doe/AP", "…CreditJane Doe".
    const tail =
      /(?:^|(?<=[.!?"”’)\s]))\s*((?:photo\s*credit|image\s*credit|credit|photo(?:graph)?|image|foto|bild|source)s?\b\s*:?.{0,100})$/i.exec(
        text,
      );
    if (tail && isCreditOnly(tail[1])) text = text.slice(0, tail.index).trim();
    else {
      const glued = /(?<=\p{Ll}|[.!?])(?:Photo\s*)?Credit\s*:?\s*(\p{Lu}.{0,100})$/u.exec(text);
      if (glued && isNameList(glued[1])) text = text.slice(0, glued.index).trim();
    }
    // "… on Tuesday. | Getty Images", "… — Reuters".
    const separated = /\s+[|–—]\s+([^|–—]{1,80})$/.exec(text);
    if (separated && isCreditOnly(separated[1])) text = text.slice(0, separated.index).trim();
    text = withoutTrailingNames(text);
    // A licence after the caption: "… klicken. CC-BY-SA 2.0".
    const license = /\s+(CC[- ]?(?:BY|0|ZERO)(?:[- ](?:SA|NC|ND))*(?:[- ]\d\.\d)?)$/i.exec(text);
    if (license) text = text.slice(0, license.index).trim();
    text = text.replace(ENLARGE_INSTRUCTION, '').trim();
    // An agency's name after the caption and its credit: "… (Photo: Getty Images) Getty".
    const words = text.split(/\s+/);
    for (let n = 1; n <= 3 && n < words.length; n++) {
      // Capitalized, as a credit is: "… in the pool" keeps its pool.
      const last = words.slice(-n);
      if (last.every((word) => /^[\p{Lu}(]/u.test(word)) && AGENCY.test(last.join(' ').replace(/[().]/g, ''))) {
        text = words.slice(0, -n).join(' ');
        break;
      }
    }
    if (text === before) break;
  }
  return text;
}

/** Names set after the caption's last sentence, with or without a space: "… this week. Berkeley
 * Earth", "… on July 25, 2019.J. Scott Applewhite / AP file". Short, or with an agency or a slash. */
function withoutTrailingNames(text: string): string {
  for (const end of text.matchAll(/[.!?]["”’)]?\s*(?=\p{Lu})/gu)) {
    const head = text.slice(0, end.index + end[0].trimEnd().length);
    const tail = text.slice(end.index + end[0].length);
    if (head.length < 20 || tail.length > 100 || !isNameList(tail)) continue;
    if (tail.split(/\s+/).length <= 5 || hasAgency(tail) || tail.includes('/')) return head;
  }
  return text;
}

/** A slideshow's counter before a caption: "2of4", "Image 3 of 9", "3/12". */
const SLIDE_COUNTER =
  /^(?:(?:image|photo|picture|slide|foto|bild)\s*)?\d{1,3}\s*(?:of|\/|von|de|sur)\s*\d{1,3}\s*(?=\p{Lu}|$)/iu;
/** "Click to enlarge" and its kin: an instruction for the picture, not words about it. */
const ENLARGE_INSTRUCTION =
  /\s*\(?(?:(?:click|tap)(?: on)?(?: the)?(?: image| photo| picture| here)? to (?:enlarge|zoom|expand)(?: (?:the )?(?:image|photo|picture))?|zum vergrößern(?: auf das bild)? (?:klicken|tippen)|(?:bild|foto) (?:zum vergrößern )?anklicken|klicken(?: sie)? zum vergrößern|cliquez(?: sur l'image)? pour agrandir|haga clic(?: en la imagen)? para ampliar|clique(?: na imagem)? para ampliar|clicca(?: sull'immagine)? per ingrandire)\)?[.!]?$/i;

/** What a media player shows in place of a video it cannot play: not a caption. */
const PLAYER_NOTICE =
  /^(media playback is (unsupported|not supported) on your device|your browser does not support (the )?(video|audio)( tag| element)?\.?|this (video|content) is (not available|unavailable)( in your (country|region))?\.?|video unavailable|(please )?enable javascript to (view|watch|play) (this|the) video\.?)$/i;

/** The caption as Copy text gives it (credit left out), or null when it says nothing but a credit. */
export function informativeCaption(caption: string): string | null {
  if (PLAYER_NOTICE.test(caption.trim())) return null;
  const text = withoutCredit(caption.trim().replace(SLIDE_COUNTER, ''));
  return !text || isCreditOnly(text) ? null : text;
}
