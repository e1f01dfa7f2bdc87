/** Embedded social posts (X/Twitter, Instagram, Bluesky, Mastodon, Threads, TikTok, Facebook) are
 * often the point of a story ("she wrote on X: …"). Their embed code is a blockquote dressed for a
 * script — classes that look like widgets to clutter rules and to Readability, a script beside it,
 * boilerplate ("View this post on Instagram") around the words. Before anything reads the page,
 * each becomes a plain quote: the post's words, then a "— Author (@handle)" line linking to the
 * post. An embed already rendered into a frame (whose words Pith cannot read) becomes a link to
 * the post, so the reader knows it was there. */

interface Post {
  /** The post's own paragraphs (copied, links kept). */
  paragraphs: Node[][];
  author: string | null;
  url: string | null;
  /** The post's date as the embed shows it, or the platform's name. */
  linkText: string;
}

interface EmbedKind {
  platform: string;
  /** Whether an element is this kind of embed (a blockquote, or the class named). */
  is: (el: Element) => boolean;
  read: (embed: Element) => Post;
}

function classes(el: Element): string[] {
  const value = el.getAttribute('class');
  return value ? value.split(/\s+/) : [];
}

/** A blockquote with one of these classes (tested in code: on large pages jsdom's class
 * selectors, run once per kind over the whole page, cost more than all the rest of this). */
const quoteWithClass =
  (...names: string[]) =>
  (el: Element) =>
    el.localName === 'blockquote' && classes(el).some((name) => names.includes(name));

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

function httpUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}

/** A paragraph's content, copied, without the scripts and pictures it may hold. */
function contentOf(p: Element, drop?: (el: Element) => boolean): Node[] {
  const copy = p.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll('script, style, svg, img, picture, video, iframe'))) el.remove();
  if (drop) for (const el of Array.from(copy.querySelectorAll('*'))) if (drop(el)) el.remove();
  return Array.from(copy.childNodes);
}

function hasWords(nodes: Node[]): boolean {
  return nodes.some((node) => clean(node.textContent) !== '');
}

/** The text that follows the post's paragraphs in X's and Bluesky's embed code:
 * "— Name (@handle) <a>May 1, 2026</a>". */
function signature(embed: Element): { author: string | null; dateLink: Element | null } {
  let text = '';
  let dateLink: Element | null = null;
  for (let node = embed.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === 1 && (node as Element).localName === 'p') break;
    if (
      node.nodeType === 1 &&
      (node as Element).localName === 'a' &&
      !dateLink &&
      !/^@/.test(clean(node.textContent))
    ) {
      dateLink = node as Element;
      continue;
    }
    text = (node.textContent ?? '') + text;
  }
  const author = clean(text).replace(/^[—–-]+\s*/, '');
  return { author: author || null, dateLink };
}

const X_POST: EmbedKind = {
  platform: 'X',
  is: quoteWithClass('twitter-tweet', 'twitter-video'),
  read: (embed) => {
    const { author, dateLink } = signature(embed);
    return {
      paragraphs: Array.from(embed.querySelectorAll('p')).map((p) => contentOf(p)),
      author,
      url: httpUrl(dateLink?.getAttribute('href')),
      linkText: clean(dateLink?.textContent) || 'X',
    };
  },
};

const BLUESKY_POST: EmbedKind = {
  platform: 'Bluesky',
  is: quoteWithClass('bluesky-embed'),
  read: (embed) => {
    const { author, dateLink } = signature(embed);
    // "[image or embed]" stands for media the quote cannot show.
    const placeholder = (el: Element) => el.localName === 'a' && /^\[.*\]$/.test(clean(el.textContent));
    return {
      paragraphs: Array.from(embed.querySelectorAll('p')).map((p) => contentOf(p, placeholder)),
      author,
      url: httpUrl(dateLink?.getAttribute('href')),
      linkText: clean(dateLink?.textContent) || 'Bluesky',
    };
  },
};

/** Instagram's boilerplate lines, in the embed's languages. */
const INSTAGRAM_BOILERPLATE =
  /^(view this post on instagram|view more on instagram|see this post on instagram|instagram)$/i;
const SHARED_BY =
  /^(?:a post shared by|une publication partagée par|ein beitrag geteilt von|una publicación compartida de|un post condiviso da)\s+(.+?)(?:\s+on\s+.+)?$/i;

const INSTAGRAM_POST: EmbedKind = {
  platform: 'Instagram',
  is: quoteWithClass('instagram-media'),
  read: (embed) => {
    let author: string | null = null;
    const paragraphs: Node[][] = [];
    for (const p of Array.from(embed.querySelectorAll('p'))) {
      const text = clean(p.textContent);
      const shared = SHARED_BY.exec(text);
      if (shared) author = shared[1];
      else if (text && !INSTAGRAM_BOILERPLATE.test(text)) paragraphs.push(contentOf(p));
    }
    const time = embed.querySelector('time');
    return {
      paragraphs,
      author,
      url:
        httpUrl(embed.getAttribute('data-instgrm-permalink')) ??
        httpUrl(embed.querySelector('a[href*="instagram.com/"]')?.getAttribute('href')),
      linkText: clean(time?.textContent) || 'Instagram',
    };
  },
};

/** "https://mastodon.social/@alice/1234" → "@alice@mastodon.social". */
function mastodonHandle(url: string | null): string | null {
  const match = url ? /^https?:\/\/([^/]+)\/@([\w.-]+)/.exec(url) : null;
  return match ? `@${match[2]}@${match[1]}` : null;
}

const MASTODON_POST: EmbedKind = {
  platform: 'Mastodon',
  is: quoteWithClass('mastodon-embed'),
  read: (embed) => {
    const url =
      httpUrl(embed.querySelector('a[href]')?.getAttribute('href')) ??
      httpUrl(embed.getAttribute('data-embed-url')?.replace(/\/embed$/, ''));
    // The embed code names the author ("Post by @alice@mastodon.social") and holds no words of the post.
    const boilerplate = (text: string) => /^(post by\b|view on mastodon$)/i.test(text);
    const paragraphs = Array.from(embed.querySelectorAll('p'))
      .filter((p) => !boilerplate(clean(p.textContent)))
      .map((p) => contentOf(p));
    return { paragraphs, author: mastodonHandle(url), url, linkText: 'Mastodon' };
  },
};

const THREADS_POST: EmbedKind = {
  platform: 'Threads',
  is: (el) =>
    quoteWithClass('text-post-media')(el) ||
    (el.localName === 'blockquote' && el.hasAttribute('data-text-post-permalink')) ||
    classes(el).includes('threads-embed'),
  read: (embed) => {
    const url =
      httpUrl(embed.getAttribute('data-text-post-permalink')) ??
      httpUrl(embed.querySelector('a[href*="/post/"]')?.getAttribute('href'));
    const handle = url ? (/\/(@[\w.]+)\/post\//.exec(url)?.[1] ?? null) : null;
    const paragraphs = Array.from(embed.querySelectorAll('p'))
      .filter((p) => !/^view on threads$/i.test(clean(p.textContent)))
      .map((p) => contentOf(p));
    return { paragraphs, author: handle, url, linkText: 'Threads' };
  },
};

const TIKTOK_POST: EmbedKind = {
  platform: 'TikTok',
  is: quoteWithClass('tiktok-embed'),
  read: (embed) => {
    const section = embed.querySelector('section') ?? embed;
    const authorLink = section.querySelector('a[href*="/@"]');
    const author = clean(authorLink?.textContent) || null;
    // The caption, without the author's link and the "♬ original sound" credit.
    const paragraph = contentOf(
      section,
      (el) => el.localName === 'a' && (clean(el.textContent) === author || /^♬/.test(clean(el.textContent))),
    );
    return { paragraphs: [paragraph], author, url: httpUrl(embed.getAttribute('cite')), linkText: 'TikTok' };
  },
};

const FACEBOOK_POST: EmbedKind = {
  platform: 'Facebook',
  is: (el) => classes(el).includes('fb-post'),
  read: (embed) => {
    const quote = embed.querySelector('blockquote') ?? embed;
    const links = Array.from(quote.querySelectorAll(':scope > a'));
    return {
      paragraphs: Array.from(quote.querySelectorAll('p')).map((p) => contentOf(p)),
      author: clean(links[0]?.textContent) || null,
      url: httpUrl(embed.getAttribute('data-href')) ?? httpUrl(quote.getAttribute('cite')),
      linkText: clean(links[1]?.textContent) || 'Facebook',
    };
  },
};

const EMBEDS: EmbedKind[] = [
  X_POST,
  BLUESKY_POST,
  INSTAGRAM_POST,
  MASTODON_POST,
  THREADS_POST,
  TIKTOK_POST,
  FACEBOOK_POST,
];

/** Frames that embed scripts leave in place of the quote, and the post each points to. */
const RENDERED_FRAMES: Array<{
  platform: string;
  is: (frame: Element) => boolean;
  url: (frame: Element) => string | null;
}> = [
  {
    platform: 'X',
    is: (frame) => frame.hasAttribute('data-tweet-id'),
    url: (frame) =>
      /^\d+$/.test(frame.getAttribute('data-tweet-id') ?? '')
        ? `https://twitter.com/i/web/status/${frame.getAttribute('data-tweet-id')}`
        : null,
  },
  {
    platform: 'Instagram',
    is: (frame) =>
      classes(frame).includes('instagram-media') || /instagram\.com\/(p|reel)\//.test(frame.getAttribute('src') ?? ''),
    url: (frame) => httpUrl(frame.getAttribute('src')?.replace(/\/embed\/?.*$/, '/')),
  },
  {
    platform: 'Mastodon',
    is: (frame) => classes(frame).includes('mastodon-embed'),
    url: (frame) => httpUrl(frame.getAttribute('src')?.replace(/\/embed\/?$/, '')),
  },
  {
    platform: 'Bluesky',
    is: (frame) => (frame.getAttribute('src') ?? '').startsWith('https://embed.bsky.app/embed/'),
    url: (frame) => {
      const match = /embed\.bsky\.app\/embed\/([^/]+)\/app\.bsky\.feed\.post\/([\w]+)/.exec(
        frame.getAttribute('src') ?? '',
      );
      return match ? `https://bsky.app/profile/${match[1]}/post/${match[2]}` : null;
    },
  },
];

/** A plain quote of the post: its paragraphs, then "— Author" and a link to it. */
function quoteOf(doc: Document, post: Post): Element {
  const quote = doc.createElement('blockquote');
  for (const nodes of post.paragraphs) {
    if (!hasWords(nodes)) continue;
    const p = doc.createElement('p');
    p.append(...nodes);
    quote.append(p);
  }
  const line = doc.createElement('p');
  if (post.author) line.append(`— ${post.author}${post.url ? ', ' : ''}`);
  if (post.url) {
    const link = doc.createElement('a');
    link.setAttribute('href', post.url);
    link.textContent = post.linkText;
    line.append(link);
  }
  if (line.childNodes.length) quote.append(line);
  return quote;
}

/** The embed with the wrappers that hold nothing else (a "social-embed" <div>, a <figure> with no
 * caption): those would carry the embed's widget-like names after it is plain. */
function outerWrapper(embed: Element, root: Element): Element {
  const words = clean(embed.textContent);
  let outer = embed;
  for (
    let parent = outer.parentElement;
    parent && parent !== root && /^(div|span|figure|section|aside|p)$/.test(parent.localName);
    parent = parent.parentElement
  ) {
    if (clean(parent.textContent) !== words) break;
    const others = Array.from(parent.querySelectorAll('iframe, blockquote, img, picture, video')).filter(
      (el) => el !== embed && !embed.contains(el),
    );
    if (others.length) break;
    outer = parent;
  }
  return outer;
}

/** The embed script beside a quote (widgets.js, embed.js) is what turns it into a frame. */
function dropEmbedScript(after: Element): void {
  let next = after.nextSibling;
  while (next && next.nodeType === 3 && !clean(next.nodeValue)) next = next.nextSibling;
  if (next?.nodeType === 1 && (next as Element).localName === 'script') (next as Element).remove();
}

/** What may be an embed: blockquotes, frames and the few classed <div>s embed codes use (one
 * query: on large pages each pass of jsdom over the page costs milliseconds). */
const CANDIDATES = 'blockquote, iframe, .fb-post, .threads-embed';

/** Before the clutter pass: each embedded post as a plain quote, each rendered one as a link. */
export function normalizeEmbeds(root: Element): void {
  const doc = root.ownerDocument;
  const candidates = Array.from(root.querySelectorAll(CANDIDATES));
  const found = candidates
    .map((el) => ({ el, kind: EMBEDS.find((kind) => kind.is(el)) }))
    .filter((entry): entry is { el: Element; kind: EmbedKind } => entry.kind !== undefined);
  const embeds = new Set(found.map(({ el }) => el));
  for (const { el: embed, kind } of found) {
    // An embed inside another (a quoted post) is read as part of it.
    let outer = embed.parentElement;
    while (outer && !embeds.has(outer)) outer = outer.parentElement;
    if (outer || !embed.isConnected) continue;
    const post = kind.read(embed);
    if (!post.paragraphs.some(hasWords) && !post.author && !post.url) continue;
    const wrapper = outerWrapper(embed, root);
    dropEmbedScript(wrapper);
    wrapper.replaceWith(quoteOf(doc, post));
  }
  for (const el of candidates.filter((candidate) => candidate.localName === 'iframe')) {
    const frame = RENDERED_FRAMES.find((kind) => kind.is(el));
    const url = frame?.url(el);
    if (!frame || !url || !el.isConnected) continue;
    const quote = quoteOf(doc, { paragraphs: [], author: null, url, linkText: `Post on ${frame.platform}` });
    const rendered = el.closest('.twitter-tweet-rendered') ?? el;
    outerWrapper(rendered, root).replaceWith(quote);
  }
}
