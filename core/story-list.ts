/** The shape of what Readability found, told apart by structure rather than words: how much of it is
 * prose written to be read in a row, and how much is a list of links to other pages — bare, or each
 * with a teaser (a home, section, tag or search page). A review roundup or a gift guide also has a
 * linked heading per item, but its headings stand over real prose, or lead to other sites, after an
 * introduction of its own. */
import { normalizeSpace } from './dom';
import { BLOCK_TAGS, TEXTLESS_TAGS } from './html-tags';

/** A block this long (CJK weighted), not mostly links, is a paragraph of prose. */
export const PROSE_BLOCK = 100;
/** A link block this long is a headline or an item's name, not "More" or a page number. */
const ITEM_LINK = 15;
/** One block of prose shorter than this under a linked headline is a teaser; more is the item's own text. */
const TEASER_MAX = 400;

/** Block owners of text: HTML's blocks, and forms (a sign-up box is a block of its own). */
const BLOCKS = new Set([...BLOCK_TAGS, 'FORM']);

/** Han and kana carry a word or more per character: weigh them so that a length means about the
 * same in every script. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
export function weightedLength(text: string): number {
  return text.length + 2 * (text.match(DENSE_SCRIPT)?.length ?? 0);
}

export interface ListShape {
  /** All text, weighted. */
  chars: number;
  /** Text inside links to other pages (a link to a place on the same page is not one). */
  linkedChars: number;
  /** Blocks that are mostly links, of any length: rows of a link table, lines of a link list;
   * and how many of them lead to another site. */
  linkBlocks: number;
  otherSiteLinkBlocks: number;
  /** Text outside links and headings, prose or not. */
  plainChars: number;
  /** Paragraphs of prose that are the page's own text: not teasers under a linked headline. */
  ownProse: number;
  /** Items: linked headlines (or link-only lines long enough to be one), or the entries of a
   * listing (several <article>s side by side, each with a link); how many of them stand over no
   * more than a teaser; how many lead to another site. */
  items: number;
  teaserItems: number;
  teaserProse: number;
  otherSiteItems: number;
}

interface Block {
  heading: boolean;
  chars: number;
  linked: number;
  /** The page the block's links lead to (the one holding most of its linked text). */
  target: URL | null;
  /** The listing entry the block sits in. */
  card: Element | null;
}

type LinkTargets = Map<Element, URL | null>;

/** Where a link leads, or null when it leads nowhere else: a place on this same page, a script, no address. */
function targetOf(a: Element, pageUrl: URL | null, cache: LinkTargets): URL | null {
  const known = cache.get(a);
  if (known !== undefined) return known;
  let target: URL | null = null;
  const href = a.getAttribute('href')?.trim() ?? '';
  if (href && !href.startsWith('#')) {
    try {
      const url = new URL(href, pageUrl ?? undefined);
      url.hash = '';
      const samePage =
        pageUrl !== null &&
        url.origin === pageUrl.origin &&
        url.pathname === pageUrl.pathname &&
        url.search === pageUrl.search;
      if (/^https?:$/.test(url.protocol) && !samePage) target = url;
    } catch {
      target = null;
    }
  }
  cache.set(a, target);
  return target;
}

/** Several <article>s in what was found are a listing's entries (Readability often drops their
 * linked titles, which sit in a <header>); a single <article> is the story's own container. */
/** Several <article>s in what was found are a listing's entries (Readability often drops their
 * linked titles, which sit in a <header>); a single <article> is the story's own container. */
function hasSeveralArticles(body: Element): boolean {
  const outermost = Array.from(body.getElementsByTagName('article')).filter((el) => {
    const outer = el.parentElement?.closest('article');
    return !outer || !body.contains(outer);
  });
  return outermost.length >= 2;
}

type BlockText = Block & { byTarget: Map<string, { url: URL; chars: number }> };

/** The text of what was found, by the block that holds it, in document order: one walk down the
 * tree (no recursion, so a page nested thousands deep costs no stack), carrying the block, the link
 * and the listing entry each text sits in. */
function readBlocks(body: Element, pageUrl: URL | null, links: LinkTargets): Block[] {
  const blocks = new Map<Element, BlockText>();
  const cards = hasSeveralArticles(body);
  const stack: Array<{ node: Node; owner: Element; link: Element | null; card: Element | null }> = [
    { node: body, owner: body, link: null, card: null },
  ];
  while (stack.length) {
    const { node, owner: outer, link: outerLink, card: outerCard } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = normalizeSpace(node.nodeValue ?? '');
      if (text) addText(blocks, outer, outerCard, text, outerLink ? targetOf(outerLink, pageUrl, links) : null);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (TEXTLESS_TAGS.has(tag)) continue;
    const owner = el !== body && BLOCKS.has(tag) ? el : outer;
    // A link may wrap the whole heading, or the whole entry: its text is linked all the same.
    const link = tag === 'A' && el.hasAttribute('href') ? el : outerLink;
    const card = cards && tag === 'ARTICLE' && !outerCard ? el : outerCard;
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, owner, link, card });
  }
  return Array.from(blocks.values()).map(({ byTarget, ...block }) => ({
    ...block,
    target: Array.from(byTarget.values()).sort((a, b) => b.chars - a.chars)[0]?.url ?? null,
  }));
}

function addText(
  blocks: Map<Element, BlockText>,
  owner: Element,
  card: Element | null,
  text: string,
  target: URL | null,
): void {
  let block = blocks.get(owner);
  if (!block) {
    block = { heading: /^H[1-6]$/i.test(owner.tagName), chars: 0, linked: 0, target: null, card, byTarget: new Map() };
    blocks.set(owner, block);
  }
  const length = weightedLength(text);
  block.chars += length;
  if (!target) return;
  block.linked += length;
  const entry = block.byTarget.get(target.href) ?? { url: target, chars: 0 };
  entry.chars += length;
  block.byTarget.set(target.href, entry);
}

const isLinkBlock = (b: Block) => b.chars > 0 && b.linked >= 0.8 * b.chars;
const isProse = (b: Block) =>
  !b.heading && !isLinkBlock(b) && b.chars - b.linked >= PROSE_BLOCK && b.linked <= 0.5 * b.chars;

interface Item {
  prose: number[];
  /** The page the item's headline leads to: a later link there ("Read more", a price) is the item's own. */
  target: string | null;
  card: Element | null;
}

/** Walks the blocks once, grouping prose under the item it follows. */
class ShapeReader {
  readonly shape: ListShape = {
    chars: 0,
    linkedChars: 0,
    linkBlocks: 0,
    otherSiteLinkBlocks: 0,
    plainChars: 0,
    ownProse: 0,
    items: 0,
    teaserItems: 0,
    teaserProse: 0,
    otherSiteItems: 0,
  };
  private item: Item | null = null;
  private card: Element | null = null;

  constructor(
    private readonly pageUrl: URL | null,
    private readonly links: LinkTargets,
  ) {}

  read(block: Block): void {
    const { shape } = this;
    shape.chars += block.chars;
    shape.linkedChars += block.linked;
    if (!block.heading) shape.plainChars += block.chars - block.linked;
    if (block.linked >= 0.5 * block.chars) {
      shape.linkBlocks++;
      if (this.leadsElsewhere(block.target)) shape.otherSiteLinkBlocks++;
    }
    if (block.card !== this.card) this.enterCard(block.card);
    const inCard = this.card !== null && this.item?.card === this.card;
    if (isLinkBlock(block)) {
      // "More", "Next", a page number: neither item nor prose. An entry's links are its own.
      if (block.chars < ITEM_LINK || inCard || (this.item && block.target?.href === this.item.target)) return;
      this.openItem(block.target, null);
    } else if (block.heading) {
      if (!inCard) this.closeItem();
    } else if (isProse(block)) {
      const prose = block.chars - block.linked;
      if (this.item) this.item.prose.push(prose);
      else shape.ownProse += prose;
    }
  }

  finish(): ListShape {
    this.closeItem();
    return this.shape;
  }

  private enterCard(card: Element | null): void {
    if (this.card) this.closeItem();
    this.card = card;
    const target = card ? this.cardTarget(card) : null;
    if (card && target) this.openItem(target, card);
  }

  /** Where an entry's first link to another page leads: a listing's entry always has one. */
  private cardTarget(card: Element): URL | null {
    for (const a of Array.from(card.querySelectorAll('a[href]'))) {
      const target = targetOf(a, this.pageUrl, this.links);
      if (target) return target;
    }
    return null;
  }

  private openItem(target: URL | null, card: Element | null): void {
    this.closeItem();
    this.item = { prose: [], target: target?.href ?? null, card };
    this.shape.items++;
    if (this.leadsElsewhere(target)) this.shape.otherSiteItems++;
  }

  private leadsElsewhere(target: URL | null): boolean {
    return target !== null && this.pageUrl !== null && siteOf(target.hostname) !== siteOf(this.pageUrl.hostname);
  }

  private closeItem(): void {
    const { item, shape } = this;
    if (!item) return;
    const total = item.prose.reduce((sum, n) => sum + n, 0);
    if (item.prose.length <= 1 && total < TEASER_MAX) {
      shape.teaserItems++;
      shape.teaserProse += total;
    } else {
      shape.ownProse += total;
    }
    this.item = null;
  }
}

function siteOf(host: string): string {
  return host.replace(/^www\./, '');
}

export function readListShape(body: Element, url: string): ListShape {
  let pageUrl: URL | null = null;
  try {
    pageUrl = new URL(url);
  } catch {
    pageUrl = null;
  }
  const links: LinkTargets = new Map();
  const reader = new ShapeReader(pageUrl, links);
  for (const block of readBlocks(body, pageUrl, links)) reader.read(block);
  return reader.finish();
}
