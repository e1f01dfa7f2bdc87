import { describe, expect, it } from 'vitest';
import type { RemovedBlock } from '../../core/article';
import { takeTakeaways } from '../../core/takeaways';
import { documentFrom, prose } from './html';

function take(html: string) {
  const doc = documentFrom(html);
  const removed: RemovedBlock[] = [];
  return { takeaways: takeTakeaways(doc.body, removed), doc, removed };
}

describe('takeTakeaways', () => {
  it('finds a box by its heading text whatever the heading element, and removes it from the page', () => {
    const { takeaways, doc, removed } = take(`
      <div class="x"><div class="y">KEY TAKEAWAYS</div><ul><li>First takeaway sentence here.</li><li>Second takeaway sentence here.</li></ul></div>
      ${prose('Story')}`);
    expect(takeaways).toEqual({
      heading: 'KEY TAKEAWAYS',
      items: ['First takeaway sentence here.', 'Second takeaway sentence here.'],
      note: null,
    });
    expect(doc.body.textContent).not.toContain('takeaway sentence');
    expect(doc.body.textContent).toContain('Story said officials');
    expect(removed[0].reason).toMatch(/takeaways/);
  });

  it.each([
    ['Key Points'],
    ['Summary'],
    ['What to know'],
    ['Highlights'],
    ['In brief'],
    ['TL;DR'],
    ['At a glance'],
    ['Puntos clave'],
    ['Lo más importante'],
    ['À retenir'],
    ['L’essentiel'],
    ['Das Wichtigste in Kürze'],
    ['Auf einen Blick'],
    ['Kurz gesagt'],
    ['Ce qu’il faut savoir'],
    ['En resumen'],
    ['Punti chiave'],
    ['In sintesi'],
    ['Pontos-chave'],
    ['Em resumo'],
    ['Samenvatting'],
    ['In het kort'],
    ['De belangrijkste punten'],
  ])('recognises the heading "%s"', (heading) => {
    const { takeaways } = take(
      `<section><h2>${heading}:</h2><ul><li>One short summary point.</li><li>Another summary point.</li></ul></section>${prose('Body')}`,
    );
    expect(takeaways?.items).toEqual(['One short summary point.', 'Another summary point.']);
  });

  it('takes the AI disclosure as the note, out of the body', () => {
    const { takeaways, doc } = take(`
      <h3>Key Points</h3><ul><li>A point worth knowing today.</li></ul>${prose('Body')}
      <p><em>The Key Points at the top of this article were created with the assistance of Artificial Intelligence (AI) and reviewed by a journalist before publication.</em></p>`);
    expect(takeaways?.note).toMatch(/^The Key Points at the top of this article were created/);
    expect(doc.body.textContent).not.toContain('created with the assistance');
  });

  it('leaves a sentence of a story about AI in the body: the note speaks of the summary', () => {
    const { takeaways, doc } = take(`
      <h3>Key Points</h3><ul><li>A point worth knowing today.</li></ul>${prose('Body')}
      <p>The gallery's new images were created by local artists using AI tools.</p>`);
    expect(takeaways?.note).toBeNull();
    expect(doc.body.textContent).toContain('created by local artists using AI');
  });

  it('keeps the disclosure in the body when there is no box to put it under', () => {
    const { takeaways, doc } = take(`${prose('Body')}<p>This summary was generated with the help of AI tools.</p>`);
    expect(takeaways).toBeNull();
    expect(doc.body.textContent).toContain('generated with the help of AI');
  });

  it('does not take a list of links (a menu headed "Highlights") or a heading with no list', () => {
    expect(
      take(
        `<h2>Highlights</h2><ul><li><a href="/a">Sports highlights video one</a></li><li><a href="/b">Match highlights video two</a></li></ul>`,
      ).takeaways,
    ).toBeNull();
    expect(take(`<h2>Summary</h2>${prose('Body')}`).takeaways).toBeNull();
  });

  it('does not mistake a heading that merely starts with the word for a box', () => {
    expect(
      take(`<h2>Summary of the council meeting</h2><ul><li>An item that is long enough.</li></ul>`).takeaways,
    ).toBeNull();
  });

  it('removes only the heading and list when they sit inside the article body', () => {
    const { takeaways, doc } = take(
      `<article><h2>Key takeaways</h2><ul><li>The one thing to know.</li></ul>${prose('First')}${prose('Second')}</article>`,
    );
    expect(takeaways?.items).toEqual(['The one thing to know.']);
    expect(doc.querySelector('article')).not.toBeNull();
    expect(doc.body.textContent).toContain('First said officials');
  });
});

describe('takeaways: an outline is not a summary box', () => {
  it('leaves a "Summary" heading whose list is introduced by a paragraph of the story', () => {
    const { takeaways } = take(
      `${prose('Intro')}<h2>Summary</h2><p>This post will discuss the following:</p><ul><li>Why the project is promising.</li><li>Risks we see with this grant.</li></ul>`,
    );
    expect(takeaways).toBeNull();
  });
});

describe('takeListUnderHeadline and abstractTakeaways', () => {
  it('takes a list of sentences right under the headline, before the story', async () => {
    const { takeListUnderHeadline } = await import('../../core/takeaways');
    const doc = documentFrom(
      `<h1>Headline</h1><p>By A. Writer</p><ul><li>The council approved the new budget late on Tuesday night.</li><li>Property taxes will rise by two percent for most homes.</li></ul>${prose('Story')}`,
    );
    expect(takeListUnderHeadline(doc.body, [])?.items).toEqual([
      'The council approved the new budget late on Tuesday night.',
      'Property taxes will rise by two percent for most homes.',
    ]);
    expect(doc.querySelector('ul')).toBeNull();
  });

  it('does not take byline, share or date lists under the headline, nor a list after the story began', async () => {
    const { takeListUnderHeadline } = await import('../../core/takeaways');
    const byline = documentFrom(
      `<h1>Headline</h1><ul><li>by Bryan DeArdo</li><li>@BryanDeArdo</li><li>Nov 18, 2019 at 9:24 pm ET • 2 min read</li></ul>${prose('Story')}`,
    );
    expect(takeListUnderHeadline(byline.body, [])).toBeNull();
    const late = documentFrom(
      `<h1>Headline</h1>${prose('Story')}<ul><li>The council approved the new budget late on Tuesday night.</li><li>Property taxes will rise by two percent for most homes.</li></ul>`,
    );
    expect(takeListUnderHeadline(late.body, [])).toBeNull();
  });

  it('does not take a gallery of captioned pictures, nor a box of tips under its own title', async () => {
    const { takeListUnderHeadline } = await import('../../core/takeaways');
    const gallery = documentFrom(
      `<h1>Headline</h1><ul><li><figure><img src="a.jpg"><figcaption>Volunteers stand around the buses outside the campaign office on Monday.</figcaption></figure></li><li><figure><img src="b.jpg"><figcaption>The contract between the city and the bus company, signed in March.</figcaption></figure></li></ul>${prose('Story')}`,
    );
    expect(takeListUnderHeadline(gallery.body, [])).toBeNull();
    const tips = documentFrom(
      `<h1>Headline</h1><div class="infobox"><p class="infobox-headline">5 tips for your car loan</p><ol><li>Pay cash and ask the dealer for the discount that comes with it.</li><li>Compare offers from several banks before you sign anything.</li></ol></div>${prose('Story')}`,
    );
    expect(takeListUnderHeadline(tips.body, [])).toBeNull();
    expect(tips.querySelector('ol')).not.toBeNull();
  });

  it('still takes the list when a dek or the byline stands between it and the headline', async () => {
    const { takeListUnderHeadline } = await import('../../core/takeaways');
    const items =
      '<li>The council approved the new budget late on Tuesday night.</li><li>Property taxes will rise by two percent for most homes.</li>';
    const dek = documentFrom(
      `<h1>Headline</h1><h2 class="subtitle">The vote ends months of talks over how to pay for new buses</h2><ul>${items}</ul>${prose('Story')}`,
    );
    expect(takeListUnderHeadline(dek.body, [])?.items).toHaveLength(2);
    const byline = documentFrom(
      `<h1 class="story-headline">Headline</h1><p class="byline">By A. Writer</p><ul>${items}</ul>${prose('Story')}`,
    );
    expect(takeListUnderHeadline(byline.body, [])?.items).toHaveLength(2);
  });

  it("uses the publisher's schema.org abstract as a one-item summary", async () => {
    const { abstractTakeaways } = await import('../../core/takeaways');
    expect(abstractTakeaways('A short abstract.')).toEqual({
      heading: 'Summary',
      items: ['A short abstract.'],
      note: null,
    });
    expect(abstractTakeaways(null)).toBeNull();
  });
});

describe('findTakeaways', () => {
  it('prefers a summary on the page to the abstract, and falls back to the abstract', async () => {
    const { findTakeaways } = await import('../../core/takeaways');
    const boxed = documentFrom(
      `<h1>Headline here</h1><h2>Key points</h2><ul><li>One short summary point.</li></ul>${prose('Story')}`,
    );
    expect(findTakeaways(boxed.body, { title: 'Headline here', abstract: 'The abstract.' }, [])?.items).toEqual([
      'One short summary point.',
    ]);
    const bare = documentFrom(`<h1>Headline here</h1>${prose('Story')}`);
    expect(findTakeaways(bare.body, { title: 'Headline here', abstract: 'The abstract.' }, [])?.items).toEqual([
      'The abstract.',
    ]);
    expect(findTakeaways(bare.body, { title: 'Headline here', abstract: null }, [])).toBeNull();
  });
});
