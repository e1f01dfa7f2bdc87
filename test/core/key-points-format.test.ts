/** Copy text and Markdown say who made the key points. */
import { describe, expect, it } from 'vitest';
import { formatCleanText, formatMarkdown } from '../../core';
import { sampleArticle } from '../sample-article';

const generated = (method: 'extractive' | 'summarizer') =>
  sampleArticle({
    takeaways: null,
    keyPoints: { method, items: ['The council *voted* on Tuesday.', 'Branches open on Sundays.'] },
  });

describe('key points in the copies', () => {
  it('text: labelled by who made them, between the header and the body', () => {
    expect(formatCleanText(generated('extractive'))).toBe(
      'The headline\nAnn Lee · January 12, 2026\nhttps://news.example.com/story\n\nKey points (picked by Pith):\n- The council *voted* on Tuesday.\n- Branches open on Sundays.\n\nBody one.\n\nBody two.\n',
    );
    expect(formatCleanText(generated('summarizer'))).toContain('\n\nKey points (summarized by Chrome):\n- The council');
  });

  it('Markdown: a labelled section, items escaped', () => {
    expect(formatMarkdown(generated('summarizer'), 'Body.')).toContain(
      '## Key points (summarized by Chrome)\n\n- The council \\*voted\\* on Tuesday.\n- Branches open on Sundays.\n\nBody.',
    );
  });

  it('turned off: neither copy has them', () => {
    expect(formatCleanText(generated('extractive'), { generatedKeyPoints: false })).not.toContain('Key points');
    expect(formatMarkdown(generated('extractive'), 'Body.', { generatedKeyPoints: false })).not.toContain('Key points');
  });

  it("the publisher's are the takeaways, never repeated as key points", () => {
    const text = formatCleanText(sampleArticle());
    expect(text).toContain('Key takeaways:\n- First point.');
    expect(text).not.toContain('Key points');
  });
});
