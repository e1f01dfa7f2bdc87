/** Markdown of an article body, through Turndown, with the conventions most editors expect. */
import TurndownService from 'turndown';

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
