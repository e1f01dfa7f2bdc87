import { describe, expect, it } from 'vitest';
import { protectNotes } from '../../core/notes';
import { documentFrom } from './html';

const PARAGRAPH = '<p>The council met on Tuesday evening and voted to keep the old rule for another year at least.</p>';

function protectedTags(html: string): { during: string; after: string } {
  const body = documentFrom(html).body;
  const restore = protectNotes(body);
  const during = Array.from(body.querySelectorAll('aside, footer, section'), (el) => el.localName).join(' ');
  restore(body);
  return { during, after: Array.from(body.querySelectorAll('aside, footer, section'), (el) => el.localName).join(' ') };
}

describe('protectNotes', () => {
  it('holds a note beside the paragraphs and the footnotes as sections, keeping their attributes, and gives their tags back', () => {
    const body = documentFrom(
      `${PARAGRAPH}<aside class="note">Note: the rule dates from 1921, when the first bridge was built.</aside>${PARAGRAPH}<footer class="footnotes"><ol><li>A source.</li></ol></footer>`,
    ).body;
    const restore = protectNotes(body);
    expect(Array.from(body.querySelectorAll('section'), (el) => el.className)).toEqual(['note', 'footnotes']);
    expect(body.querySelector('aside, footer')).toBeNull();
    restore(body);
    expect(Array.from(body.children, (el) => el.localName)).toEqual(['p', 'aside', 'p', 'footer']);
  });

  it('knows footnotes by the references that point to them', () => {
    expect(
      protectedTags(
        `<p>Claim.<sup><a href="#n1">1</a></sup></p>${PARAGRAPH}<footer><ol><li id="n1">Source.</li></ol></footer>`,
      ).during,
    ).toBe('section');
  });

  it('leaves asides of links, forms, short labels and asides away from the story to Readability', () => {
    const links =
      '<aside><a href="/a">Flood defences open on the river</a> <a href="/b">Levels fall after the storm</a></aside>';
    const form =
      '<aside><p>Get our morning briefing, every weekday, straight to your inbox.</p><form><input></form></aside>';
    const label = '<aside>Advertisement</aside>';
    expect(protectedTags(`${PARAGRAPH}${links}${form}${label}`).during).toBe('aside aside aside');
    expect(
      protectedTags(
        `<div>${PARAGRAPH}</div><aside>Our site has many other stories about the town and its people.</aside>`,
      ).during,
    ).toBe('aside');
    expect(protectedTags(`${PARAGRAPH}<footer><p>© Town News</p></footer>`).during).toBe('footer');
  });
});
