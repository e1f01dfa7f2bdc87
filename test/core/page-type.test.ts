/** Which pages Pith refuses, which it shows with a notice, and which it shows as they are: a refusal
 * leaves the reader with nothing, so only a clear non-article is refused. */
import { describe, expect, it } from 'vitest';
import { extractArticle, type Extraction } from '../../core';
import { documentFrom, prose } from './html';

const DECLARED = '<meta property="og:type" content="article">';
const URL_ = 'https://news.example.com/section/story';

function judge(body: string, { head = '', url = URL_ } = {}): string {
  const doc = documentFrom(body, { head, url });
  return outcome(extractArticle(doc, url));
}

/** 'not-article', or 'article' / 'article+<notice kind>'. */
function outcome(result: Extraction): string {
  if (!result.ok) return result.problem.kind;
  return result.article.warning ? `article+${result.article.warning.kind}` : 'article';
}

const teaser = (i: number) => `<p>Short teaser number ${i} for a story that the site wants you to click on today.</p>`;
const sameSiteTeasers = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div class="card"><h3><a href="/news/story-${i}">Headline of story number ${i}</a></h3>${teaser(i)}</div>`,
  ).join('');

describe('lists of links are refused', () => {
  it('linked headlines to the same site, each over a teaser, on an undeclared page', () => {
    expect(judge(`<main><h1>World</h1>${sameSiteTeasers(8)}</main>`)).toBe('not-article');
  });

  it('the same list on a page that declares itself an article is shown, with a notice', () => {
    expect(judge(`<main><h1>World</h1>${sameSiteTeasers(8)}</main>`, { head: DECLARED })).toBe(
      'article+maybe-not-article',
    );
  });

  it('listing entries whose linked titles Readability dropped (several <article>s, each a teaser and a link)', () => {
    const entries = Array.from(
      { length: 6 },
      (_, i) =>
        `<article><header class="entry-header"><h2><a href="/2025/post-${i}/">Post ${i}</a></h2></header><p>${'An excerpt of the post that runs to a sentence or two of real prose. '.repeat(2)}<a href="/2025/post-${i}/">Continue reading →</a></p></article>`,
    ).join('');
    expect(judge(`<main><h1>Archive</h1>${entries}</main>`)).toBe('not-article');
  });

  it('a table of links with short descriptions and counts (a forum index)', () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) =>
        `<tr><td><a href="/f/${i}/">Forum ${i}</a><div>About topic ${i}.</div></td><td>${i * 7}</td><td><a href="/f/${i}/latest">Latest topic in forum ${i}</a></td></tr>`,
    ).join('');
    expect(judge(`<table>${rows}</table><p>${'Who is online: a line of board statistics. '.repeat(3)}</p>`)).toBe(
      'not-article',
    );
  });
});

describe('articles with many linked headings are shown', () => {
  it('headings that link to places on the same page (a documentation page) are not links to other pages', () => {
    const sections = Array.from(
      { length: 6 },
      (_, i) => `<h2><a href="#section-${i}">Section ${i}</a></h2>${prose(`Section ${i}`)}`,
    ).join('');
    expect(judge(`<h1>Guide</h1><article>${prose('Intro')}${sections}</article>`)).toBe('article');
  });

  it('a link to this very page is not a link to another page either', () => {
    const sections = Array.from(
      { length: 6 },
      (_, i) => `<h2><a href="${URL_}#part-${i}">Part ${i}</a></h2>${prose(`Part ${i}`, 1)}`,
    ).join('');
    expect(judge(`<h1>Guide</h1><article>${sections}</article>`)).toBe('article');
  });

  it('a review roundup: each linked heading stands over two paragraphs', () => {
    const picks = Array.from(
      { length: 6 },
      (_, i) =>
        `<h3><a href="/reviews/product-${i}">Product ${i}: the best for something</a></h3>${prose(`Product ${i}`, 2)}${prose(`Product ${i} also`, 2)}`,
    ).join('');
    expect(judge(`<h1>The best products</h1><article>${prose('Intro')}${picks}</article>`)).toBe('article');
  });

  it('a gift guide: linked headings to shops on other sites, one short paragraph each, after an introduction', () => {
    const gifts = Array.from(
      { length: 8 },
      (_, i) => `<h3><a href="https://shop${i}.example.net/item">Gift number ${i} for the kitchen</a></h3>${teaser(i)}`,
    ).join('');
    expect(judge(`<h1>Gifts for cooks</h1><article>${prose('Our editors')}${gifts}</article>`)).toBe('article');
  });

  it('the same guide without any words of its own is shown with a notice, not refused', () => {
    const gifts = Array.from(
      { length: 8 },
      (_, i) => `<h3><a href="https://shop${i}.example.net/item">Gift number ${i} for the kitchen</a></h3>${teaser(i)}`,
    ).join('');
    expect(judge(`<h1>Gifts for cooks</h1><article>${gifts}</article>`)).toBe('article+maybe-not-article');
  });

  it('a story of several paragraphs with a list of teasers after it (Readability kept the related stories)', () => {
    const story = Array.from({ length: 4 }, (_, i) => prose(`Paragraph ${i}`)).join('');
    expect(judge(`<h1>Council story</h1><article>${story}${sameSiteTeasers(8)}</article>`)).toBe('article');
  });

  it("an undeclared story whose paragraphs are set in <div>s with <br>s (Readability's quick test sees no paragraph)", () => {
    const lines = Array.from(
      { length: 8 },
      (_, i) =>
        `Line ${i} of the story, long enough to read as a sentence of news about the council and its budget.<br><br>`,
    ).join('');
    expect(judge(`<h1>Council story</h1><div class="text">${lines}</div>`)).toBe('article');
  });
});

describe('short texts', () => {
  const shortStory =
    '<h1>Gas leak closes street</h1><div class="story"><p>Firefighters evacuated four buildings on Front Street on Tuesday after a crew struck a gas line.</p><p>No injuries have been reported. This is a developing story.</p></div>';

  it('an undeclared short story is shown, with a notice', () => {
    expect(judge(shortStory)).toBe('article+maybe-not-article');
  });

  it('a declared short story is shown as it is (a paywall may show only the start)', () => {
    expect(judge(shortStory, { head: DECLARED })).toBe('article');
  });

  it('a short text with no sentence in it (labels and a link or two) is shown with the notice, not refused', () => {
    // A picture's or a video's page may carry no more than this: refusing would leave the reader nothing.
    expect(
      judge('<div><h2>Weather</h2><p>Sunny, 21°</p><p><a href="/weather">Forecast</a></p><p>Updated 9:00</p></div>'),
    ).toBe('article+maybe-not-article');
  });

  it('a log-in page is refused by its visible password field, even with a pitch long enough for a paragraph', () => {
    const form =
      '<form><label>Email</label><input type="email"><label>Password</label><input type="password"><button>Sign in</button></form>';
    expect(
      judge(
        `<main><h1>Sign in</h1><p>Subscribers get unlimited access to every story on our website and app, and our daily newsletters.</p>${form}</main>`,
      ),
    ).toBe('not-article');
  });

  it('a short story is not refused for a log-in form the page keeps hidden', () => {
    const dialog =
      '<dialog><form><input type="email"><input type="password"></form></dialog><div hidden><input type="password"></div>';
    expect(judge(`${shortStory}${dialog}`)).toBe('article+maybe-not-article');
  });

  it('a short story is not refused for a visible log-in box elsewhere on the page (a sidebar module)', () => {
    const sidebar =
      '<aside class="sidebar"><div class="module"><h3>Members</h3><form><label>User</label><input type="text"><label>Password</label><input type="password"><button>Log in</button></form><p><a href="/register">Create an account</a></p></div><ul><li><a href="/a">Events</a></li><li><a href="/b">Archive</a></li></ul></aside>';
    expect(judge(`<div class="wrap"><main>${shortStory}</main>${sidebar}</div>`)).toBe('article+maybe-not-article');
    expect(judge(`<div class="wrap"><main>${shortStory}</main>${sidebar.replace(/aside/g, 'div')}</div>`)).toBe(
      'article+maybe-not-article',
    );
  });

  it('an error page is refused by what its title or heading says, in several languages', () => {
    const apology =
      '<p>The page you are looking for may have been moved, or its address may have changed since it was published.</p>';
    expect(judge(`<main><h1>Page not found</h1>${apology}</main>`)).toBe('not-article');
    expect(judge(`<main><h1>Oups</h1>${apology}</main>`, { head: '<title>Erreur 404 – Exemple</title>' })).toBe(
      'not-article',
    );
    expect(judge(`<main><h1>Diese Seite wurde nicht gefunden</h1>${apology}</main>`)).toBe('not-article');
    expect(judge(`<main><h1>Página no encontrada</h1>${apology}</main>`)).toBe('not-article');
  });

  it('a short story with a number or "not found" in its headline is not an error page', () => {
    expect(judge(shortStory.replace('Gas leak closes street', 'Flight 404 lands safely after bird strike'))).toBe(
      'article+maybe-not-article',
    );
    expect(judge(shortStory.replace('Gas leak closes street', 'Missing hiker not found after three days'))).toBe(
      'article+maybe-not-article',
    );
  });
});

describe('Try anyway', () => {
  it('extracts a refused page when forced, with no notice', () => {
    const doc = documentFrom(`<main><h1>World</h1>${sameSiteTeasers(8)}</main>`, { url: URL_ });
    const forced = extractArticle(doc, URL_, { force: true });
    expect(outcome(forced)).toBe('article');
    expect(forced.ok && forced.article.text).toContain('Headline of story number 7');
  });
});
