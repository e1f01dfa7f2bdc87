/** Key points from Chrome's built-in Summarizer (Gemini Nano, on the device): the model runs in
 * the browser, so the article never leaves it and Pith makes no network call of its own. Only in
 * extension pages (the popup, the reader tab): core stays pure, and Firefox and the CLI have no
 * such API — there, and wherever this fails, the key points Pith picked stay.
 *
 * The API is not in TypeScript's DOM types yet; the part Pith uses is typed here, after
 * https://developer.chrome.com/docs/ai/summarizer-api. */

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'short';
  expectedInputLanguages: string[];
  outputLanguage: string;
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface SummarizerInstance {
  summarize(text: string): Promise<string>;
  measureInputUsage?(text: string): Promise<number>;
  inputQuota?: number;
  destroy?(): void;
}

export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<SummarizerAvailability>;
  create(options: SummarizerOptions & { monitor?: (monitor: DownloadMonitor) => void }): Promise<SummarizerInstance>;
}

/** The output languages Chrome's Summarizer writes (Chrome 138). Another article language keeps
 * Pith's own points: a summary in English of a German story would be a translation. */
export const SUMMARIZER_LANGUAGES = ['en', 'es', 'ja'];

/** The Summarizer of this page's browser, or null (Firefox, older Chrome, a test without one). */
export function summarizerApi(scope: object = globalThis): SummarizerApi | null {
  const api = (scope as { Summarizer?: Partial<SummarizerApi> }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function'
    ? (api as SummarizerApi)
    : null;
}

/** The article's language as the Summarizer names it, or null when it writes no such language. */
export function summaryLanguage(lang: string | null): string | null {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return SUMMARIZER_LANGUAGES.includes(base) ? base : null;
}

function optionsFor(language: string): SummarizerOptions {
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: [language],
    outputLanguage: language,
  };
}

/** What the Summarizer can do for an article in this language; 'unavailable' when it throws. */
export async function checkSummarizer(api: SummarizerApi, language: string): Promise<SummarizerAvailability> {
  try {
    return await api.availability(optionsFor(language));
  } catch {
    return 'unavailable';
  }
}

/** The lines of a plain-text key-points summary, without their bullets. */
export function splitSummary(summary: string): string[] {
  return summary
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•‣·]|\d+[.)])\s*/u, '').trim())
    .filter(Boolean);
}

/** The article's paragraphs from the top, as many as the model's input quota holds. */
async function fittingText(summarizer: SummarizerInstance, text: string): Promise<string> {
  if (!summarizer.inputQuota || !summarizer.measureInputUsage) return text;
  const paragraphs = text.split(/\n\s*\n/);
  while (
    paragraphs.length > 1 &&
    (await summarizer.measureInputUsage(paragraphs.join('\n\n'))) > summarizer.inputQuota
  ) {
    paragraphs.splice(Math.max(1, Math.floor(paragraphs.length * 0.75)));
  }
  return paragraphs.join('\n\n');
}

/** Starts the Summarizer and makes the key points. Call it from a click when the model is
 * `downloadable`: Chrome downloads a model only on a user gesture, and create() must be called
 * before anything else is awaited. `onProgress` gets the download's share done, 0 to 1. Rejects
 * when the model cannot run or gives no points; the caller keeps Pith's own. */
export function summarizeKeyPoints(
  api: SummarizerApi,
  text: string,
  language: string,
  onProgress?: (loaded: number) => void,
): Promise<string[]> {
  const created = api.create({
    ...optionsFor(language),
    monitor: (monitor) =>
      monitor.addEventListener('downloadprogress', (event) => onProgress?.(Math.min(1, Math.max(0, event.loaded)))),
  });
  return created.then(async (summarizer) => {
    try {
      const items = splitSummary(await summarizer.summarize(await fittingText(summarizer, text)));
      if (items.length === 0) throw new Error('the Summarizer gave no key points');
      return items;
    } finally {
      summarizer.destroy?.();
    }
  });
}
