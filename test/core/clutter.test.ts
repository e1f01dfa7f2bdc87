/** One minimal page per generic clutter rule: the clutter goes, the story stays. */
import { describe, expect, it } from 'vitest';
import type { RemovedBlock } from '../../core/article';
import { GENERIC_CLUTTER_RULES, removeClutter, selectorRule } from '../../core/clutter/remove-clutter';
import { documentFrom, prose } from './html';

const STORY = `<article>${prose('The mayor')}${prose('The council')}</article>`;

function clean(html: string, rules = GENERIC_CLUTTER_RULES) {
  const doc = documentFrom(html);
  const removed: RemovedBlock[] = [];
  removeClutter(doc.body, rules, removed);
  return { text: doc.body.textContent ?? '', removed };
}

function expectRemoved(html: string, gone: string[], reason: RegExp) {
  const { text, removed } = clean(`${STORY}${html}`);
  for (const clutter of gone) expect(text).not.toContain(clutter);
  expect(text).toContain('The mayor said officials');
  expect(text).toContain('The council said officials');
  expect(removed.map((r) => r.reason).join(' | ')).toMatch(reason);
}

/** A sentence of the story that starts like clutter stays (`after`: what follows it in its paragraph). */
function expectKeptSentence(sentence: string, after = '') {
  const { text } = clean(`<article><p>${sentence}${after}</p>${prose('More')}</article>`);
  expect(text).toContain(sentence);
}

describe('generic clutter rules', () => {
  it('save, share and print buttons, by their label', () => {
    expectRemoved(
      '<div class="tools"><button type="button"><svg></svg><span>Save Story</span></button><a href="#">Print this article</a></div>',
      ['Save Story', 'Print'],
      /page control/,
    );
  });

  it('newsletter signups: a subscribe line next to a form', () => {
    expectRemoved(
      '<section class="promo"><h3>STAY IN THE KNOW</h3><p>Get stories delivered to your inbox weekly.</p><form><input type="email"><button>Newsletter Signup</button></form></section>',
      ['STAY IN THE KNOW', 'inbox', 'Newsletter Signup'],
      /newsletter/,
    );
  });

  it('weather and video widgets', () => {
    expectRemoved(
      '<div><h3>Channel 5 Weather Forecast</h3><div><button><span>Play button</span></button></div></div>',
      ['Weather Forecast', 'Play button'],
      /widget/,
    );
    expectRemoved(
      '<div><span>watch now</span><span>VIDEO 04:12 The chair on the outlook</span></div>',
      ['watch now', 'VIDEO 04:12'],
      /widget/,
    );
  });

  it('lists of other stories and topic links, by their heading', () => {
    expectRemoved(
      '<section><h2>Most recent World stories</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></section><div><h3>Related topics</h3><a href="/t">World</a> <a href="/p">Politics</a></div>',
      ['Most recent', 'Another story', 'Related topics', 'Politics'],
      /other stories/,
    );
  });

  it('one-line promotions', () => {
    expectRemoved(
      '<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>',
      ['Follow Newsbeat'],
      /promotion/,
    );
  });

  it('blocks that hold only a date', () => {
    expectRemoved(
      '<div>November 19, 2019 at 9:45 am</div><span>Published Monday, November 18, 2019 8:22AM EST</span>',
      ['9:45 am', '8:22AM'],
      /date line/,
    );
  });

  it('ad slots and "Advertisement" labels', () => {
    expectRemoved(
      '<div class="ad-slot" id="div-gpt-ad-1"></div><div><span>Advertisement</span></div>',
      ['Advertisement'],
      /advertisement/,
    );
  });

  it('share bars, navigation, footers and screen-reader-only labels', () => {
    expectRemoved('<div class="share-bar"><a>Facebook</a><a>Email</a></div>', ['Facebook'], /share bar/);
    expectRemoved('<nav><a href="/">Home</a><a href="/news">News</a></nav>', ['Home'], /navigation/);
    expectRemoved('<footer>© 2026 Example Media</footer>', ['Example Media'], /footer|boilerplate/);
    expectRemoved(
      '<figure><img src="a.jpg"><span class="off-screen">Image copyright</span></figure>',
      ['Image copyright'],
      /screen-reader/,
    );
  });

  it('never removes a block that holds the story, even when its class says "share" or "related"', () => {
    const { text } = clean(`<div class="share-story related"><h1>Headline</h1>${STORY}</div>`);
    expect(text).toContain('The mayor said officials');
  });

  it('keeps a sentence of the story that mentions subscribing or Twitter', () => {
    const sentence =
      'Residents who subscribe to the water service will see bills rise, the mayor said on Twitter on Monday, adding that relief was planned.';
    const { text } = clean(`<article><p>${sentence}</p>${prose('More')}</article>`);
    expect(text).toContain(sentence);
  });

  it("applies a site rule's own selectors", () => {
    const { text, removed } = clean(`${STORY}<div class="odd-widget">Odd widget text</div>`, [
      selectorRule('site rule for example.com', ['.odd-widget']),
    ]);
    expect(text).not.toContain('Odd widget');
    expect(removed[0].reason).toBe('site rule for example.com');
  });
});

describe('generic clutter rules found on benchmark pages (each shown by its general pattern)', () => {
  it('cookie and consent banners', () => {
    expectRemoved(
      '<div class="bar">This website uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Read More</a></div>',
      ['uses cookies', 'Accept'],
      /consent/,
    );
  });

  it('"requires JavaScript" notices and unrendered shortcodes', () => {
    expectRemoved(
      '<p>This slideshow requires JavaScript.</p><p>[button link="/submit" type="big"] Send us YOUR review[/button]</p>',
      ['requires JavaScript', 'Send us YOUR review'],
      /site notice/,
    );
  });

  it('read-more inserts ("SEE MORE: <link>", "On Example.com: <link>") and author contact lines', () => {
    expectRemoved(
      '<p><strong>SEE MORE</strong>: <a href="/x">Another story entirely</a></p><p>On HoustonChronicle.com: <a href="/y">Car sales plunge</a></p><p>paul.t@example.com</p><p>twitter.com/paul</p>',
      ['SEE MORE', 'Another story', 'Car sales plunge', 'paul.t@example.com', 'twitter.com/paul'],
      /read-more/,
    );
  });

  it('keeps a bare link on its own line: it is often a source the story cites', () => {
    const { text } = clean(`${STORY}<p>http://www.example.org/report.pdf</p>`);
    expect(text).toContain('http://www.example.org/report.pdf');
  });

  it('picture credits outside a figure go; a caption that says something stays', () => {
    const caption = 'China has warned it will act if the drills go ahead near the island';
    const { text, removed } = clean(
      `${STORY}<div class="photo"><img src="a.jpg"><span class="newsCaption">${caption} <span class="caption">(Image: GETTY )</span></span></div><p>Photo: David Zalubowski / Associated Press</p><p>(AP Photo/David Zalubowski)</p>`,
    );
    expect(text).toContain(caption);
    expect(text).not.toContain('Photo: David');
    expect(text).not.toContain('AP Photo');
    expect(removed.map((r) => r.reason)).toContain('picture credit or credited caption');
  });

  it('date lines, whatever their labels and separators, taken whole', () => {
    expectRemoved(
      '<div>PUBLISHED: <time>10:48, Tue, Nov 19, 2019</time> | UPDATED: <time>11:05, Tue, Nov 19, 2019</time></div><p>Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM</p><p>Published 4:00 am CST, Wednesday, November 20, 2019</p>',
      ['PUBLISHED', 'UPDATED', '6:55 AM', '4:00 am'],
      /date line/,
    );
  });

  it('keeps a sentence of the story that contains a date', () => {
    const sentence = 'The vote on November 19, 2019 passed easily.';
    expect(clean(`${STORY}<p>${sentence}</p>`).text).toContain(sentence);
  });

  it('a story list never takes a paragraph without links with it (a paywalled page may show only one)', () => {
    const teaser =
      'A senior official has said in a sworn statement that anyone with enough will to escape from the prison could do so.';
    const { text } = clean(
      `<div><div class="tools"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div><p>${teaser}</p><h4>Related</h4><a href="/a">Prison review begins</a> <a href="/b">New warden named</a> <a href="/c">Budget for the prison</a></div>`,
    );
    expect(text).toContain(teaser);
    expect(text).not.toContain('New warden named');
  });

  it('a story-list heading set as its own paragraph takes the link paragraphs after it', () => {
    expectRemoved(
      '<p>You may also like...</p><p><a href="/a">Who will make the Rock Hall?</a></p><p><a href="/b">Fan vote results</a></p><p><strong>DON\'T MISS</strong></p><p><a href="/c">China furious at Macron</a> [<strong>INSIGHT]</strong></p>',
      ['You may also like', 'Rock Hall', 'Fan vote', "DON'T MISS", 'Macron'],
      /other stories/,
    );
  });

  it('"Advertisement" in other languages, and gallery and comment controls', () => {
    expectRemoved(
      '<div><span>Iklan</span></div><div><span>Publicidad</span></div><div><span>Anzeige</span></div>',
      ['Iklan', 'Publicidad', 'Anzeige'],
      /advertisement/,
    );
    expectRemoved(
      '<div><span>Image 1 of 9</span><button>Close</button><a href="#">Join the conversation...</a><a href="#">Report Error</a></div>',
      ['Image 1 of 9', 'Close', 'Join the conversation', 'Report Error'],
      /page control/,
    );
  });

  it('comment prompts without their form: a log-in line, a comment count', () => {
    expectRemoved(
      '<div><p>Sie sind aktuell nicht eingeloggt.</p><p>Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.</p></div><table><tr><td>Kommentare insgesamt: 0</td></tr></table>',
      ['nicht eingeloggt', 'loggen Sie sich', 'Kommentare insgesamt'],
      /comment prompt/,
    );
    expectKeptSentence(
      'Comments are closed, the minister said, and residents who want to object will have to write to the council by post.',
    );
  });

  it('a block the page names an author box', () => {
    expectRemoved(
      '<section class="author-bio clr"><div class="author-bio-content"><p>Als Content Marketing Managerin betreue ich den Blog rund um die Themen Sekretariat und Assistenz.</p></div></section>',
      ['Content Marketing Managerin'],
      /author bio/,
    );
  });

  it('a support appeal with its call to action, never a sentence of the story that starts the same', () => {
    expectRemoved(
      '<div><p>Hacemos periodismo desde hace 106 años.<br><strong>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</strong></p><a href="/m">Hágase miembro ahora</a></div>',
      ['106 años', 'HAZTE MIEMBRO', 'Hágase miembro'],
      /support appeal/,
    );
    expectKeptSentence(
      'Support our journalism, the editor wrote in a letter to subscribers on Sunday, and the foundation will match every donation made before the end of the year.',
      ' <a href="/l">The letter</a>',
    );
  });

  it("a list of the site's headlines with a short one among them", () => {
    const page = documentFrom(
      `${STORY}<ol><li><a href="/news/1">Bishop answers the critics of his decree</a></li><li><a href="/news/2">Unwort „Fegefeuer“</a></li><li><a href="/news/3">Rome forbids the old rite at Easter</a></li><li><a href="/news/4">Poll shows a gap between young and old clergy</a></li></ol>`,
      { url: 'https://example.com/news/9' },
    );
    const removed: RemovedBlock[] = [];
    removeClutter(page.body, GENERIC_CLUTTER_RULES, removed);
    expect(page.body.textContent).not.toContain('Fegefeuer');
    expect(page.body.textContent).toContain('The mayor said officials');
  });

  it('a short block the page names a newsletter box, without its form', () => {
    expectRemoved(
      '<div class="news-letter-section"><p>NEWS LETTERS</p><p>News, Tipps und Trends... wir haben viele spannende Themen für dich!</p></div>',
      ['NEWS LETTERS', 'spannende Themen'],
      /newsletter/,
    );
  });
});
