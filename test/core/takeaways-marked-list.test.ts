import { describe, expect, it } from 'vitest';
import type { RemovedBlock } from '../../core/article';
import { storyStart, takeMarkedList } from '../../core/takeaways';
import { documentFrom, prose } from './html';

const POINTS = '<li>All branches open on Sundays.</li><li>The plan adds 14 part-time jobs.</li>';
const ITEMS = ['All branches open on Sundays.', 'The plan adds 14 part-time jobs.'];
const STORY = `${prose('Story')}${prose('More')}${prose('Last')}`;

function take(html: string, title: string | null = 'Library opens on Sundays') {
  const doc = documentFrom(html);
  const removed: RemovedBlock[] = [];
  return { takeaways: takeMarkedList(doc.body, storyStart(doc.body, title), removed), doc, removed };
}

describe('takeMarkedList: a summary list named by its markup', () => {
  it('takes a ul.summary-list under the headline, out of the page', () => {
    const { takeaways, doc, removed } = take(
      `<h1>Library opens on Sundays</h1><p>By A. Writer</p><ul class="summary-list">${POINTS}</ul>${STORY}`,
    );
    expect(takeaways).toEqual({ heading: 'Summary', items: ITEMS, note: null });
    expect(doc.querySelector('ul')).toBeNull();
    expect(doc.body.textContent).toContain('Story said officials');
    expect(removed.map((r) => r.reason)).toEqual(['summary list marked as such (shown in its own box)']);
  });

  it.each([
    ['class', 'story-highlights'],
    ['class', 'article__key-points'],
    ['class', 'keyPoints'],
    ['class', 'RenderKeyPoints-list'],
    ['class', 'c-takeaways'],
    ['class', 'tldr'],
    ['id', 'article-summary'],
    ['data-testid', 'summary-list'],
    ['class', 'zusammenfassung'],
    ['class', 'puntos-clave'],
    ['class', 'samenvatting'],
    ['role', 'doc-abstract'],
  ])('recognises %s="%s"', (attribute, value) => {
    expect(
      take(`<h1>Library opens on Sundays</h1><ul ${attribute}="${value}">${POINTS}</ul>${STORY}`).takeaways?.items,
    ).toEqual(ITEMS);
  });

  it('recognises a list named by aria-label or aria-labelledby, and uses that name as the heading', () => {
    expect(
      take(`<h1>Library opens on Sundays</h1><ul aria-label="Key points">${POINTS}</ul>${STORY}`).takeaways?.heading,
    ).toBe('Key points');
    const labelled = take(
      `<h1>Library opens on Sundays</h1><span id="s" hidden>Das Wichtigste</span><ul aria-labelledby="s">${POINTS}</ul>${STORY}`,
    );
    expect(labelled.takeaways?.heading).toBe('Das Wichtigste');
  });

  it('takes the marked wrapper with its own short heading', () => {
    const { takeaways, doc } = take(
      `<h1>Library opens on Sundays</h1><div class="article-summary"><h3>Quick read</h3><ul>${POINTS}</ul></div>${STORY}`,
    );
    expect(takeaways?.heading).toBe('Quick read');
    expect(doc.body.textContent).not.toContain('Quick read');
    const withButton = take(
      `<h1>Library opens on Sundays</h1><div class="article-summary"><ul>${POINTS}</ul><span class="more">Show more</span></div>${STORY}`,
    );
    expect(withButton.takeaways?.heading).toBe('Summary');
  });

  it('looks past a standfirst, not past the start of the story', () => {
    expect(
      take(`<h1>Library opens on Sundays</h1>${prose('Standfirst')}<ul class="highlights">${POINTS}</ul>${STORY}`)
        .takeaways?.items,
    ).toEqual(ITEMS);
    expect(
      take(
        `<h1>Library opens on Sundays</h1>${prose('One')}${prose('Two')}<ul class="highlights">${POINTS}</ul>${STORY}`,
      ).takeaways,
    ).toBeNull();
  });

  it('finds the headline by the title when the first h1 is the logo', () => {
    const html = `<h1><a href="/">Example Courier</a></h1>${prose('Sidebar blurb')}${prose('Sidebar two')}<h1>Library opens on Sundays</h1><ul class="summary">${POINTS}</ul>${STORY}`;
    expect(take(html).takeaways?.items).toEqual(ITEMS);
  });
});

describe('takeMarkedList: the same words naming other things', () => {
  it('leaves a "post-summary" story list of links', () => {
    const teasers =
      '<li class="post-summary"><a href="/a">Bridge repairs close Main Street lanes for two weeks</a></li><li class="post-summary"><a href="/b">School board weighs later start times this fall</a></li>';
    expect(
      take(`<h1>Library opens on Sundays</h1><ul class="post-summary-list">${teasers}</ul>${STORY}`).takeaways,
    ).toBeNull();
    expect(
      take(`<h1>Library opens on Sundays</h1>${STORY}<ul class="post-summary-list">${teasers}</ul>`).takeaways,
    ).toBeNull();
  });

  it('leaves a list inside a CMS body field named "text-with-summary"', () => {
    const { takeaways, doc } = take(
      `<h1>Library opens on Sundays</h1><div class="field--type-text-with-summary"><ul>${POINTS}</ul>${STORY}</div>`,
    );
    expect(takeaways).toBeNull();
    expect(doc.querySelector('ul')).not.toBeNull();
  });

  it('leaves a byline list under a "summary_data" class: a byline and a share icon, or bylines', () => {
    const share =
      '<li>by The Lighthouse Office / 2016.12.01</li><li><a href="/share"><img src="fb.gif" alt="Facebook"></a></li>';
    expect(
      take(`<h1>Library opens on Sundays</h1><div class="summary_data"><ul>${share}</ul></div>${STORY}`).takeaways,
    ).toBeNull();
    const bylines = '<li>by The Lighthouse Office / 2016.12.01</li><li>von Anna Schmidt, Redakteurin</li>';
    expect(take(`<h1>Library opens on Sundays</h1><ul class="summary">${bylines}</ul>${STORY}`).takeaways).toBeNull();
  });

  it('leaves a list whose wrapper names the story’s tags, not what it is ("tag-highlights")', () => {
    expect(
      take(`<h1>Library opens on Sundays</h1><div class="post tag-highlights"><ul>${POINTS}</ul></div>${STORY}`)
        .takeaways,
    ).toBeNull();
  });

  it('leaves a marked list that is not sentences, or is one line, or has no story after it', () => {
    expect(
      take(
        `<h1>Library opens on Sundays</h1><ul class="highlights"><li>Sundays</li><li>Part-time jobs</li></ul>${STORY}`,
      ).takeaways,
    ).toBeNull();
    expect(
      take(`<h1>Library opens on Sundays</h1><ul class="summary"><li>All branches open on Sundays.</li></ul>${STORY}`)
        .takeaways,
    ).toBeNull();
    expect(
      take(`<h1>Library opens on Sundays</h1><ul class="summary">${POINTS}</ul>${prose('Only')}`).takeaways,
    ).toBeNull();
  });

  it('leaves a "highlights" gallery of pictures', () => {
    const slides =
      '<li><img src="a.jpg" alt="">The buses outside the campaign office on Monday.</li><li><img src="b.jpg" alt="">The contract the city signed in March.</li>';
    expect(take(`<h1>Library opens on Sundays</h1><ul class="highlights">${slides}</ul>${STORY}`).takeaways).toBeNull();
  });

  it('leaves a marked list of links and one in the navigation', () => {
    const links =
      '<li><a href="/a">All branches open on Sundays.</a></li><li><a href="/b">The plan adds 14 part-time jobs.</a></li>';
    expect(take(`<h1>Library opens on Sundays</h1><ul class="highlights">${links}</ul>${STORY}`).takeaways).toBeNull();
    expect(
      take(`<h1>Library opens on Sundays</h1><nav><ul class="highlights">${POINTS}</ul></nav>${STORY}`).takeaways,
    ).toBeNull();
  });
});
