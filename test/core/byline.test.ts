import { describe, expect, it } from 'vitest';
import { chooseByline, cleanByline, isDateLine, markedByline } from '../../core/byline';
import { extractArticle } from '../../core/extract';
import { readMetadata } from '../../core/metadata';
import { documentFrom, prose } from './html';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Written by Jane Doe', 'Jane Doe'],
    ['Von Anna Müller', 'Anna Müller'],
    ['Par Alexandre Hervaud et Jérémy Piette', 'Alexandre Hervaud et Jérémy Piette'],
    ['Por Lucía Martín', 'Lucía Martín'],
    ['Texto: Lucía Martín', 'Lucía Martín'],
    ['Di Maria Rossi', 'Maria Rossi'],
    ['Door Jan de Vries', 'Jan de Vries'],
    ['Текст: Иван Петров', 'Иван Петров'],
    ['Автор Иван Петров', 'Иван Петров'],
    ['Veröffentlicht von Chris Jung', 'Chris Jung'],
    ['Published by BBNTEAM', 'BBNTEAM'],
    ['von Redaktion', 'Redaktion'],
    ['von wordpressadmin', 'wordpressadmin'],
    ['Von:Moritz Pieczewski-Freimuth', 'Moritz Pieczewski-Freimuth'],
    ['Text und Interview: Harald Willenbrock', 'Harald Willenbrock'],
  ])('drops the label of %j', (byline, names) => {
    expect(cleanByline(byline)).toBe(names);
  });

  it('drops a date after the names', () => {
    expect(cleanByline('By GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC')).toBe('Joe Wee');
    expect(cleanByline('Von Anna Müller, 03.03.2025, 10:30 Uhr')).toBe('Anna Müller');
    expect(cleanByline('von Ulrike 18.10.2019 16:06 Uhr')).toBe('Ulrike');
    expect(cleanByline('Author: Bo2man am 29.12.2010, 13:36 Uhr')).toBe('Bo2man');
    // A day glued to the name, a separator glued to the date, a separator left dangling.
    expect(cleanByline('Nicole Collignon22. Februar 2020')).toBe('Nicole Collignon');
    expect(cleanByline('Wein & Geschmack·14. Oktober 2021')).toBe('Wein & Geschmack');
    expect(cleanByline('By Jane Doe | June 3, 2021')).toBe('Jane Doe');
    expect(cleanByline('Redaktion -')).toBe('Redaktion');
    // A number alone is no date.
    expect(cleanByline('Jane Doe 2')).toBe('Jane Doe 2');
  });

  it('keeps a surname that starts like a label', () => {
    expect(cleanByline('Di Stefano')).toBe('Di Stefano');
    expect(cleanByline('Von Trapp')).toBe('Von Trapp');
    expect(cleanByline('Mark Di Stefano')).toBe('Mark Di Stefano');
    expect(cleanByline('Byron Smith')).toBe('Byron Smith');
    expect(cleanByline('Parker Jones')).toBe('Parker Jones');
    expect(cleanByline('von der Leyen')).toBe('von der Leyen');
    expect(cleanByline('Di la Vega')).toBe('Di la Vega');
    // A noun label is one only before a name.
    expect(cleanByline('Text und Bild')).toBe('Text und Bild');
  });

  it('gives nothing for a bare label or a date line', () => {
    for (const text of [
      'By',
      'Text:',
      'Von',
      '  ',
      'June 3, 2021',
      'Last Updated: January 7, 2025',
      '21.dez.2018 às 10h55',
      'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
      'Mis à jour le 3 juin 2021 à 10h',
    ]) {
      expect(cleanByline(text)).toBeNull();
    }
  });
});

describe('isDateLine', () => {
  it('knows months and weekdays of every language, from Intl', () => {
    expect(isDateLine('Montag, 3. März 2025')).toBe(true);
    expect(isDateLine('3 de junho de 2021')).toBe(true);
    expect(isDateLine('mercoledì 3 giugno 2021, ore 10:30')).toBe(true);
  });
  it('never takes a name, even with a number, for a date', () => {
    expect(isDateLine('Jane Doe')).toBe(false);
    expect(isDateLine('12 Monkeys')).toBe(false);
    expect(isDateLine('Jane Doe, June 3, 2021')).toBe(false);
  });
});

describe('markedByline', () => {
  it('reads the first byline the markup marks in the story, without its label or date', () => {
    const doc = documentFrom(
      '<article><h1>T</h1><p class="byline">By Nathan Willis March 25, 2015</p><p>Text.</p></article>',
    );
    expect(markedByline(doc)).toBe('Nathan Willis');
  });
  it('reads a name and a date set in neighbouring elements apart', () => {
    const doc = documentFrom(
      '<article><div class="byline"><b>Jeff Foust</b><i>Monday, June 3, 2019</i></div></article>',
    );
    expect(markedByline(doc)).toBe('Jeff Foust');
  });
  it('takes the itemprop=name of a marked author', () => {
    const doc = documentFrom(
      '<div itemprop="author" itemscope><span>Posted by</span> <span itemprop="name">Ana Sandoiu</span></div>',
    );
    expect(markedByline(doc)).toBe('Ana Sandoiu');
  });
  it('passes over comment authors, author bios, date lines and "authority" boxes', () => {
    const bio =
      'Jane Doe has covered the city council for twenty years and writes about housing, transport and the budget.';
    const doc = documentFrom(
      `<div class="authority-control">Authority control</div><div class="comments"><span class="comment-author">Troll 42</span></div><div class="author-box">${bio}</div><span class="author-date">June 3, 2021</span><footer><span class="author">Footer Name</span></footer>`,
    );
    expect(markedByline(doc)).toBeNull();
  });
});

describe('bylines in metadata and extraction', () => {
  it('prefers the JSON-LD author over a meta author that is a date', () => {
    const doc = documentFrom('', {
      head:
        ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', name: 'Bruno Rodrigues' } }) +
        '<meta name="author" content="21.dez.2018 às 10h55">',
    });
    expect(readMetadata(doc, doc.URL).byline).toBe('Bruno Rodrigues');
    const dateOnly = documentFrom('', { head: '<meta name="author" content="June 3, 2021">' });
    expect(readMetadata(dateOnly, dateOnly.URL).byline).toBeNull();
  });

  it('drops a label from a JSON-LD or meta author', () => {
    const doc = documentFrom('', { head: '<meta name="author" content="Von Anna Müller">' });
    expect(readMetadata(doc, doc.URL).byline).toBe('Anna Müller');
  });

  it('keeps a person’s byline on a blog named after that person', () => {
    const head = ld({
      '@type': 'BlogPosting',
      headline: 'Plain SQL anomaly detection',
      author: { '@type': 'Person', name: 'Ann Lee' },
      publisher: { '@type': 'Organization', name: 'Ann Lee' },
    });
    const doc = documentFrom(
      `<article><h1>Plain SQL anomaly detection</h1>${prose('The query', 8)}${prose('The index', 8)}</article>`,
      { head },
    );
    const result = extractArticle(doc, doc.URL);
    expect(result.ok && result.article.byline).toBe('Ann Lee');
  });

  it('still drops a meta author that is only the site’s name', () => {
    const head =
      '<meta property="og:site_name" content="Town Crier"><meta name="author" content="Town Crier"><meta property="og:type" content="article">';
    const doc = documentFrom(`<article><h1>Budget</h1>${prose('The mayor', 8)}${prose('The council', 8)}</article>`, {
      head,
    });
    const result = extractArticle(doc, doc.URL);
    expect(result.ok && result.article.byline).toBeNull();
  });

  it('finds the byline the page marks when metadata names none', () => {
    const doc = documentFrom(
      `<article><h1>Budget vote</h1><div class="byline">By Dana Brooks</div>${prose('The mayor', 8)}${prose('The council', 8)}</article>`,
      {
        head: '<meta property="og:type" content="article">',
      },
    );
    const result = extractArticle(doc, doc.URL);
    expect(result.ok && result.article.byline).toBe('Dana Brooks');
  });
});

describe('chooseByline', () => {
  it('passes over the site’s own name for the next source’s', () => {
    expect(chooseByline([{ name: 'BBC News' }, { name: 'Jane Doe' }], 'BBC News')).toBe('Jane Doe');
    expect(chooseByline([{ name: 'bbc news' }, { name: null }], 'BBC News')).toBeNull();
    expect(
      chooseByline(
        [{ name: 'AppleInsider', person: true }, { name: null }, { name: 'Mike Wuerthele and Malcolm Owen' }],
        'AppleInsider',
      ),
    ).toBe('Mike Wuerthele and Malcolm Owen');
  });
  it('keeps a declared person named like the site when no one else is named', () => {
    expect(chooseByline([{ name: 'Ann Lee', person: true }, { name: 'Ann Lee' }], 'Ann Lee')).toBe('Ann Lee');
  });
  it('takes the first source that names someone, reading a costly one only when needed', () => {
    let read = 0;
    const costly = () => {
      read++;
      return 'Marked Name';
    };
    expect(chooseByline([{ name: null }, { name: 'Jane Doe' }, { name: costly }], null)).toBe('Jane Doe');
    expect(read).toBe(0);
    expect(chooseByline([{ name: null }, { name: 'Site' }, { name: costly }], 'Site')).toBe('Marked Name');
    expect(read).toBe(1);
  });
});
