import { describe, expect, it } from 'vitest';
import { chooseTitle, storyHeadings, withoutSiteName, type TitleEvidence } from '../../core/title';
import { readMetadata } from '../../core/metadata';
import { documentFrom } from './html';

const evidence = (over: Partial<TitleEvidence> = {}): TitleEvidence => ({
  siteNames: [],
  host: 'news.example.com',
  headings: [],
  ...over,
});
const sources = (over: Partial<Parameters<typeof chooseTitle>[0]> = {}) => ({
  headline: null,
  name: null,
  metaTitles: [],
  documentTitle: null,
  ...over,
});

describe('withoutSiteName: a segment goes only on evidence that it names the site', () => {
  it('takes the segment that the page’s h1 reads as', () => {
    expect(
      withoutSiteName(
        'Vidyard adds new features to its video platform - Spiceworks',
        evidence({ headings: ['Vidyard adds new features to its video platform'] }),
      ),
    ).toBe('Vidyard adds new features to its video platform');
    // The h1 may be the end of the title, and may span several segments.
    expect(
      withoutSiteName('Example Times | Storm - the day after', evidence({ headings: ['Storm - the day after'] })),
    ).toBe('Storm - the day after');
  });

  it('splits at a colon too when the h1 reads as a part', () => {
    expect(
      withoutSiteName(
        'The Space Review: Seeking a bigger role for a big rocket',
        evidence({ headings: ['Seeking a bigger role for a big rocket'] }),
      ),
    ).toBe('Seeking a bigger role for a big rocket');
    // Without that evidence, a colon is part of the title.
    expect(
      withoutSiteName('Daily Deals: Consoles and headphones on sale', evidence({ siteNames: ['Daily Deals'] })),
    ).toBe('Daily Deals: Consoles and headphones on sale');
  });

  it('keeps the whole title when the h1 reads as the whole of it', () => {
    expect(
      withoutSiteName(
        'Sarah Palin - The making of a candidate',
        evidence({ headings: ['Sarah Palin - The making of a candidate'], siteNames: ['The making of a candidate'] }),
      ),
    ).toBe('Sarah Palin - The making of a candidate');
  });

  it('does not take two h1s reading as two different segments for evidence', () => {
    expect(
      withoutSiteName(
        'Shared mutable history — evolve extension',
        evidence({ headings: ['evolve extension', 'Shared mutable history'] }),
      ),
    ).toBe('Shared mutable history — evolve extension');
  });

  it('drops the declared site name at the end or at the start, with every separator', () => {
    for (const separator of ['|', '-', '–', '—', '::', '·', '»']) {
      expect(withoutSiteName(`Array.prototype.map() ${separator} MDN`, evidence({ siteNames: ['MDN Web Docs'] }))).toBe(
        'Array.prototype.map()',
      );
    }
    expect(withoutSiteName('Wikipedia - New Zealand national parks', evidence({ siteNames: ['Wikipedia'] }))).toBe(
      'New Zealand national parks',
    );
    expect(
      withoutSiteName('Gemeinderat tagt | Aktuell.de', evidence({ siteNames: ['Aktuell.de - Was heute geschieht'] })),
    ).toBe('Gemeinderat tagt');
  });

  it('drops a segment that the host spells', () => {
    expect(withoutSiteName('Council approves the budget - The Verge', evidence({ host: 'www.theverge.com' }))).toBe(
      'Council approves the budget',
    );
    expect(withoutSiteName('Council approves the budget | KSL.com', evidence({ host: 'www.ksl.com' }))).toBe(
      'Council approves the budget',
    );
  });

  it('drops a last segment that ends like a site’s name, in each language', () => {
    expect(withoutSiteName('What we learned in 2020 - The GiveWell Blog', evidence())).toBe('What we learned in 2020');
    expect(withoutSiteName('Stadtrat beschließt Haushalt | Lokale Nachrichten', evidence())).toBe(
      'Stadtrat beschließt Haushalt',
    );
    expect(withoutSiteName('El ayuntamiento aprueba el presupuesto - Noticias', evidence())).toBe(
      'El ayuntamiento aprueba el presupuesto',
    );
  });

  it('keeps the title when no evidence names the segment, or when too little would be left', () => {
    expect(withoutSiteName('Story title | Other', evidence())).toBe('Story title | Other');
    expect(withoutSiteName('Home | BBC News', evidence({ siteNames: ['BBC News'] }))).toBe('Home | BBC News');
    // A spaceless dash or a colon is part of the title.
    expect(withoutSiteName('X-ray vision: the MDN story', evidence({ siteNames: ['MDN'] }))).toBe(
      'X-ray vision: the MDN story',
    );
  });
});

describe('chooseTitle', () => {
  it('takes, of JSON-LD’s headline and name, the one the page shows', () => {
    const ev = evidence({ headings: ['List of films featuring time loops'] });
    expect(
      chooseTitle(sources({ headline: 'Wikimedia list article', name: 'List of films featuring time loops' }), ev),
    ).toBe('List of films featuring time loops');
    expect(
      chooseTitle(
        sources({ headline: 'West Ham threatens the giants', name: 'Aktuell.de' }),
        evidence({ siteNames: ['Aktuell.de'] }),
      ),
    ).toBe('West Ham threatens the giants');
    expect(chooseTitle(sources({ name: 'New Zealand', documentTitle: 'New Zealand - Wikipedia' }), evidence())).toBe(
      'New Zealand',
    );
  });

  it('passes over a declared title that is the site’s own name', () => {
    const ev = evidence({
      siteNames: ['Daily News - Latest News & Headlines'],
      headings: ['Space ship breaks up over Siberia'],
    });
    expect(
      chooseTitle(
        sources({
          metaTitles: ['Daily News - Latest News & Headlines'],
          documentTitle: 'Space ship breaks up over Siberia',
        }),
        ev,
      ),
    ).toBe('Space ship breaks up over Siberia');
  });

  it('learns the site’s name from the <title>’s branding', () => {
    const ev = evidence({ headings: ['Council approves the budget'] });
    expect(
      chooseTitle(
        sources({
          metaTitles: ['Council approves the budget for 2026 | Town Crier'],
          documentTitle: 'Council approves the budget | Town Crier',
        }),
        ev,
      ),
    ).toBe('Council approves the budget for 2026');
  });

  it('cuts a <title> by position, as Readability does, only when enough is left', () => {
    expect(chooseTitle(sources({ documentTitle: 'Lorem ipsum dolor sit amet – Somewhere' }), evidence())).toBe(
      'Lorem ipsum dolor sit amet',
    );
    expect(chooseTitle(sources({ documentTitle: 'Short story title – Somewhere' }), evidence())).toBe(
      'Short story title – Somewhere',
    );
    expect(
      chooseTitle(
        sources({ documentTitle: 'Home' }),
        evidence({ headings: ['The council approves its budget for next year'] }),
      ),
    ).toBe('The council approves its budget for next year');
    expect(chooseTitle(sources({ documentTitle: 'RTL Test' }), evidence({ headings: ['Lorem'] }))).toBe('RTL Test');
  });
});

describe('storyHeadings', () => {
  it('leaves out the site’s logo set as an h1', () => {
    const doc = documentFrom(
      '<div class="site-logo"><h1>Town Crier</h1></div><h1><a href="/">Home Site</a></h1><h1><a href="/2026/story/">The story</a></h1><h1>Declared Site</h1>',
    );
    expect(storyHeadings(doc, doc.URL, ['Declared Site'])).toEqual(['The story']);
  });
});

describe('readMetadata’s title', () => {
  it('keeps a bare "<" and drops only real markup', () => {
    const doc = documentFrom('', {
      head: '<meta property="og:title" content="Why x&lt;y matters, and &lt;b&gt;why&lt;/b&gt; I &lt;3 it">',
    });
    expect(readMetadata(doc, doc.URL).title).toBe('Why x<y matters, and why I <3 it');
  });

  it('reads JSON-LD wrapped in CDATA markers, and meta tags that list several properties', () => {
    const cdata = readMetadata(
      documentFrom('', {
        head: '<script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","headline":"From CDATA"} ]]></script>',
      }),
      'https://news.example.com/',
    );
    expect(cdata.title).toBe('From CDATA');
    const doc = documentFrom('', { head: '<meta property="x:title og:title" content="Listed title">' });
    expect(readMetadata(doc, doc.URL).title).toBe('Listed title');
  });

  it('strips the site name from og:title with the page’s h1 for evidence', () => {
    const doc = documentFrom('<h1 class="headline">Council approves the budget</h1>', {
      head: '<meta property="og:title" content="Council approves the budget - Town Crier"><title>Council approves the budget - Town Crier</title>',
    });
    expect(readMetadata(doc, doc.URL).title).toBe('Council approves the budget');
  });
});
