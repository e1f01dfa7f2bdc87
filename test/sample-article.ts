/** A small, complete Article for tests of what is built from one (formats, popup views). */
import type { Article } from '../core/article';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.com/story',
    title: 'The headline',
    byline: 'Ann Lee',
    siteName: 'Example News',
    publishedTime: '2026-01-12T20:41:00-07:00',
    lang: 'en',
    dir: null,
    excerpt: null,
    leadImage: { src: 'https://news.example.com/a.jpg', alt: 'A caption', caption: 'A caption (Photographer)' },
    takeaways: { heading: 'KEY TAKEAWAYS', items: ['First point.', 'Second point.'], note: 'Generated with AI help.' },
    keyPoints: { method: 'publisher', items: ['First point.', 'Second point.'] },
    contentHtml: '<p>Body one.</p><p>Body two.</p>',
    text: 'Body one.\n\nBody two.',
    wordCount: 4,
    readingMinutes: 1,
    removed: [],
    warning: null,
    ...overrides,
  };
}
