/** The two copyable forms of an article: clean plain text and Markdown. Pure functions of an
 * Article, so the popup and the CLI produce the very same text. */
import type { Article } from './article';
import { generatedKeyPoints, KEY_POINTS_COPY_LABELS } from './key-points/labels';

export interface FormatOptions {
  /** Include key points Pith or Chrome made (default true); false when the user turned them off. */
  generatedKeyPoints?: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "January 12, 2026", read from the date as the publisher wrote it — never shifted into the
 * reader's time zone, so a story posted late in the evening keeps its own day. */
export function formatDate(published: string | null): string | null {
  if (!published) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (iso) {
    const month = MONTHS[Number(iso[2]) - 1];
    return month ? `${month} ${Number(iso[3])}, ${iso[1]}` : null;
  }
  const parsed = new Date(published);
  if (Number.isNaN(parsed.getTime())) return null;
  return `${MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCDate()}, ${parsed.getUTCFullYear()}`;
}

/** "Byline · Date", or whichever of the two exists. */
export function bylineLine(article: Pick<Article, 'byline' | 'publishedTime'>): string | null {
  const parts = [article.byline, formatDate(article.publishedTime)].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : null;
}

/** Title; byline · date; URL; blank; "Key takeaways:" bullets and note, or generated key points
 * under a label saying who made them; blank; the body. */
export function formatCleanText(article: Article, options: FormatOptions = {}): string {
  const head = [article.title, bylineLine(article), article.url].filter((line): line is string => !!line);
  const sections = [head.join('\n')];
  if (article.takeaways) {
    const lines = ['Key takeaways:', ...article.takeaways.items.map((item) => `- ${item}`)];
    if (article.takeaways.note) lines.push(`(${article.takeaways.note})`);
    sections.push(lines.join('\n'));
  }
  const generated = generatedKeyPoints(article.keyPoints, options.generatedKeyPoints);
  if (generated)
    sections.push(
      [KEY_POINTS_COPY_LABELS[generated.method].text, ...generated.items.map((item) => `- ${item}`)].join('\n'),
    );
  if (article.text) sections.push(article.text);
  return `${sections.join('\n\n')}\n`;
}

function escapeMarkdownLine(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}

export function formatMarkdown(
  article: Pick<Article, 'title' | 'byline' | 'publishedTime' | 'url' | 'takeaways'> &
    Partial<Pick<Article, 'keyPoints'>>,
  bodyMarkdown: string,
  options: FormatOptions = {},
): string {
  const sections = [`# ${escapeMarkdownLine(article.title)}`];
  const byline = bylineLine(article);
  sections.push([byline ? `*${escapeMarkdownLine(byline)}*` : null, `<${article.url}>`].filter(Boolean).join('  \n'));
  if (article.takeaways) {
    const lines = ['## Key takeaways', '', ...article.takeaways.items.map((item) => `- ${escapeMarkdownLine(item)}`)];
    if (article.takeaways.note) lines.push('', `*${escapeMarkdownLine(article.takeaways.note)}*`);
    sections.push(lines.join('\n'));
  }
  const generated = generatedKeyPoints(article.keyPoints, options.generatedKeyPoints);
  if (generated)
    sections.push(
      [
        `## ${KEY_POINTS_COPY_LABELS[generated.method].markdown}`,
        '',
        ...generated.items.map((item) => `- ${escapeMarkdownLine(item)}`),
      ].join('\n'),
    );
  if (bodyMarkdown) sections.push(bodyMarkdown);
  return `${sections.join('\n\n')}\n`;
}
