/** Markdown of an article body, through Turndown, with the conventions most editors expect. */
import TurndownService from 'turndown';
import type { Article } from './article';
import { formatMarkdown } from './format';
import { sanitizeToFragment } from './sanitize';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({
      headingStyle: 'atx',
      bulletListMarker: '-',
      codeBlockStyle: 'fenced',
      emDelimiter: '*',
      strongDelimiter: '**',
      linkStyle: 'inlined',
    });
    service.remove(['script', 'style', 'noscript', 'template']);
  }
  return service;
}

export function toMarkdown(root: Node): string {
  return turndown().turndown(root as HTMLElement).trim();
}

/** The whole article as Markdown. Made on demand (Copy Markdown, the CLI), not during extraction,
 * so the page's tab never waits for a conversion the reader may not ask for. */
export function articleMarkdown(article: Article, win: Window): string {
  return formatMarkdown(article, toMarkdown(sanitizeToFragment(win, article.contentHtml)));
}
