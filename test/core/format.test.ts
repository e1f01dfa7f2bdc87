import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../sample-article';
import { bylineLine, formatCleanText, formatDate, formatMarkdown } from '../../core/format';

const article = sampleArticle({
  title: 'A title',
  takeaways: { heading: 'Key takeaways', items: ['First point.', 'Second point.'], note: 'Made with AI help.' },
});

describe('formatDate', () => {
  it("keeps the publisher's own day, whatever the reader's time zone", () => {
    // 20:41 at UTC-7 is already the 13th in UTC: the story was still posted on the 12th.
    expect(formatDate('2026-01-12T20:41:00-07:00')).toBe('January 12, 2026');
  });
  it('reads other date forms, and gives null for none or nonsense', () => {
    expect(formatDate('Tue, 03 Feb 2026 10:00:00 GMT')).toBe('February 3, 2026');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('soon')).toBeNull();
  });
});

describe('bylineLine', () => {
  it('joins byline and date with a middle dot, or gives whichever exists', () => {
    expect(bylineLine(article)).toBe('Ann Lee · January 12, 2026');
    expect(bylineLine({ byline: null, publishedTime: '2026-01-12' })).toBe('January 12, 2026');
    expect(bylineLine({ byline: null, publishedTime: null })).toBeNull();
  });
});

describe('formatCleanText', () => {
  it('gives title, byline · date, URL, takeaways with the note, then the body; no lead image', () => {
    expect(formatCleanText(article)).toBe(
      'A title\nAnn Lee · January 12, 2026\nhttps://news.example.com/story\n\n' +
        'Key takeaways:\n- First point.\n- Second point.\n(Made with AI help.)\n\n' +
        'Body one.\n\nBody two.\n',
    );
  });
  it('leaves out the takeaways section and the byline line when there are none', () => {
    const bare = { ...article, byline: null, publishedTime: null, takeaways: null };
    expect(formatCleanText(bare)).toBe('A title\nhttps://news.example.com/story\n\nBody one.\n\nBody two.\n');
  });
});

describe('formatMarkdown', () => {
  it('puts the takeaways under their own heading and escapes Markdown in the title', () => {
    const markdown = formatMarkdown({ ...article, title: 'Stars *and* [brackets]' }, 'Body one.');
    expect(markdown).toBe(
      '# Stars \\*and\\* \\[brackets\\]\n\n*Ann Lee · January 12, 2026*  \n<https://news.example.com/story>\n\n' +
        '## Key takeaways\n\n- First point.\n- Second point.\n\n*Made with AI help.*\n\nBody one.\n',
    );
  });
});
