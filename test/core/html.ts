/** Builds a jsdom Document from a snippet, for core's unit tests. */
import { JSDOM, VirtualConsole } from 'jsdom';

export function documentFrom(bodyHtml: string, { head = '', url = 'https://news.example.com/story' } = {}): Document {
  const dom = new JSDOM(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${bodyHtml}</body></html>`,
    {
      url,
      virtualConsole: new VirtualConsole(),
    },
  );
  return dom.window.document;
}

/** A paragraph of plausible story text, long enough to count as prose. */
export function prose(seed: string, sentences = 3): string {
  const sentence = `${seed} said officials on Tuesday, describing plans that would take several years to complete in full.`;
  return `<p>${Array.from({ length: sentences }, () => sentence).join(' ')}</p>`;
}

/** A blank jsdom window of the test's own (sanitizing, rendering Markdown): jsdom as the
 * environment would give it, without making the whole file run in a jsdom environment. DOMPurify
 * needs jsdom, not happy-dom (which lets event handlers through). */
export function blankWindow(): Window {
  return new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
    url: 'https://pith.test/',
    virtualConsole: new VirtualConsole(),
  }).window as unknown as Window;
}
