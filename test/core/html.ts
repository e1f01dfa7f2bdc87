/** Builds a jsdom Document from a snippet, for core's unit tests. */
import { JSDOM, VirtualConsole } from 'jsdom';

export function documentFrom(bodyHtml: string, { head = '', url = 'https://news.example.com/story' } = {}): Document {
  const dom = new JSDOM(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${bodyHtml}</body></html>`, {
    url,
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}

/** A paragraph of plausible story text, long enough to count as prose. */
export function prose(seed: string, sentences = 3): string {
  const sentence = `${seed} said officials on Tuesday, describing plans that would take several years to complete in full.`;
  return `<p>${Array.from({ length: sentences }, () => sentence).join(' ')}</p>`;
}
