import { describe, expect, it } from 'vitest';
import type { RemovedBlock } from '../../core/article';
import { storyStart, takeLabelledParagraphs } from '../../core/takeaways';
import { documentFrom, prose } from './html';

const SUMMARY = 'The council approved the budget, and property taxes rise by two percent.';
const STORY = `${prose('Story')}${prose('More')}${prose('Later')}${prose('Last')}`;

function take(html: string) {
  const doc = documentFrom(html);
  const removed: RemovedBlock[] = [];
  return {
    takeaways: takeLabelledParagraphs(doc.body, storyStart(doc.body, 'Council approves budget'), removed),
    doc,
    removed,
  };
}

describe('takeLabelledParagraphs: a labelled summary at the top of the story', () => {
  it('takes the text after a bold "TL;DR:" as the takeaway, out of the page', () => {
    const { takeaways, doc, removed } = take(
      `<h1>Council approves budget</h1><p>By A. Writer</p><p><strong>TL;DR:</strong> ${SUMMARY}</p>${STORY}`,
    );
    expect(takeaways).toEqual({ heading: 'TL;DR', items: [SUMMARY], note: null });
    expect(doc.body.textContent).not.toContain('property taxes rise');
    expect(doc.body.textContent).toContain('Story said officials');
    expect(removed.map((r) => r.reason)).toEqual(['labelled summary paragraph (shown in its own box)']);
  });

  it.each([
    ['In short:'],
    ['The gist:'],
    ['Bottom line:'],
    ['TLDR:'],
    ['Kurz gesagt:'],
    ['Zusammengefasst:'],
    ['En bref :'],
    ['En résumé :'],
    ['En resumen:'],
    ['In breve:'],
    ['In sintesi:'],
    ['Em resumo:'],
    ['In het kort:'],
    ['Kort gezegd:'],
  ])('recognises the label "%s" followed by a colon, bold or not', (label) => {
    expect(take(`<h1>Council approves budget</h1><p>${label} ${SUMMARY}</p>${STORY}`).takeaways?.items).toEqual([
      SUMMARY,
    ]);
    expect(take(`<h1>Council approves budget</h1><p><b>${label}</b> ${SUMMARY}</p>${STORY}`).takeaways?.items).toEqual([
      SUMMARY,
    ]);
  });

  it('recognises a bold label without a colon, and gives the label as the heading', () => {
    const { takeaways } = take(`<h1>Council approves budget</h1><p><strong>In short</strong> — ${SUMMARY}</p>${STORY}`);
    expect(takeaways).toEqual({ heading: 'In short', items: [SUMMARY], note: null });
  });

  it('takes consecutive labelled paragraphs as one item each', () => {
    const second = 'Two council members voted against the plan on Tuesday night.';
    const { takeaways } = take(
      `<h1>Council approves budget</h1><p><b>The gist:</b> ${SUMMARY}</p><p><b>Bottom line:</b> ${second}</p>${STORY}`,
    );
    expect(takeaways).toEqual({ heading: 'The gist', items: [SUMMARY, second], note: null });
  });

  it('takes the box around the paragraph when it holds nothing else', () => {
    const { doc } = take(
      `<h1>Council approves budget</h1><aside class="box"><p><b>TL;DR:</b> ${SUMMARY}</p></aside>${STORY}`,
    );
    expect(doc.querySelector('aside')).toBeNull();
  });

  it('finds the top of the story in the <article> when there is no headline', () => {
    const { takeaways } = take(`<article><p>TL;DR: ${SUMMARY}</p>${STORY}</article>`);
    expect(takeaways?.items).toEqual([SUMMARY]);
  });
});

describe("takeLabelledParagraphs: the story's own sentences", () => {
  it('leaves "In short, the council…" in the middle of a story', () => {
    const html = `<h1>Council approves budget</h1>${prose('One')}${prose('Two')}${prose('Three')}<p>In short, the council has until June to find the money it needs.</p>${STORY}`;
    const { takeaways, doc } = take(html);
    expect(takeaways).toBeNull();
    expect(doc.body.textContent).toContain('In short, the council has until June');
  });

  it('leaves "In short, …" as the first sentence of a story: no colon, no bold', () => {
    expect(take(`<h1>Council approves budget</h1><p>In short, ${SUMMARY}</p>${STORY}`).takeaways).toBeNull();
    expect(take(`<h1>Council approves budget</h1><p>In short — ${SUMMARY}</p>${STORY}`).takeaways).toBeNull();
  });

  it('leaves a labelled paragraph deep in the story', () => {
    const html = `<h1>Council approves budget</h1>${prose('One')}${prose('Two')}${prose('Three')}<p>The bottom line: ${SUMMARY}</p>${STORY}`;
    expect(take(html).takeaways).toBeNull();
  });

  it('leaves a label that does not stand alone ("Summary of the year:", "Insummary:")', () => {
    expect(take(`<h1>Council approves budget</h1><p>Summary of the year: ${SUMMARY}</p>${STORY}`).takeaways).toBeNull();
    expect(
      take(`<h1>Council approves budget</h1><p><b>Summary of the year</b> ${SUMMARY}</p>${STORY}`).takeaways,
    ).toBeNull();
  });

  it('leaves a labelled paragraph too long to be a summary, or too short to say anything', () => {
    const long = `<p>Summary: ${'The council met on Tuesday and talked about many things at length. '.repeat(12)}</p>`;
    expect(take(`<h1>Council approves budget</h1>${long}${STORY}`).takeaways).toBeNull();
    expect(take(`<h1>Council approves budget</h1><p>Summary: Approved.</p>${STORY}`).takeaways).toBeNull();
  });

  it('leaves the first paragraph of a short story that opens with "Summary:"', () => {
    const html = `<h1>Council approves budget</h1><p>Summary: ${SUMMARY}</p><p>Two council members voted against the plan, saying it came too late in the year.</p>`;
    const { takeaways, doc } = take(html);
    expect(takeaways).toBeNull();
    expect(doc.body.textContent).toContain('Summary: The council approved');
  });

  it('leaves labelled paragraphs in the navigation or the footer', () => {
    expect(take(`<h1>Council approves budget</h1><nav><p>In short: ${SUMMARY}</p></nav>${STORY}`).takeaways).toBeNull();
  });
});

describe('takeLabelledParagraphs: a marked summary box further down', () => {
  it('takes a labelled paragraph in a box marked as a summary anywhere after the headline', () => {
    const html = `<h1>Council approves budget</h1>${prose('One')}${prose('Two')}${prose('Three')}<div class="tldr-box"><p><strong>TL;DR:</strong> ${SUMMARY}</p></div>${STORY}`;
    const { takeaways, doc } = take(html);
    expect(takeaways?.items).toEqual([SUMMARY]);
    expect(doc.querySelector('.tldr-box')).toBeNull();
  });

  it('leaves an unmarked aside further down ("In brief:" items about other stories)', () => {
    const html = `<h1>Council approves budget</h1>${prose('One')}${prose('Two')}${prose('Three')}<aside><p><b>In brief:</b> The school board meets on Thursday to pick a new superintendent.</p></aside>${STORY}`;
    expect(take(html).takeaways).toBeNull();
  });
});
