/** Runs the extractor in the tab the popup was opened for and turns every outcome — an article,
 * a page that is not one, a page browsers protect, a tab that never answers — into a popup state. */
import { browser } from 'wxt/browser';
import type { Extraction, ExtractOptions } from '../../core/article';
import type { PopupState } from '../../components/PopupView';
import { i18n } from '../../extension/i18n';
import { restrictedPageMessage } from './restricted-pages';
import { readFailure } from './read-failures';
import { cacheArticle, cachedArticle } from '../../extension/article-cache';

/** A page busy with its own scripts can delay the answer; past this the popup says so. */
const ANSWER_TIMEOUT_MS = 15_000;
const EXTRACTOR_FILE = '/content-scripts/extract.js';

export interface TargetTab {
  id?: number;
  url?: string;
  /** Its place in the window (the reader tab opens right after it). */
  index?: number;
}

/** The tab the popup is about: the active tab of its window. */
export async function targetTab(): Promise<TargetTab | undefined> {
  // Test-only builds (mode "e2e") may name the tab by URL: Firefox cannot press the toolbar button.
  const target = import.meta.env.MODE === 'e2e' ? new URLSearchParams(location.search).get('target') : null;
  if (target) return (await browser.tabs.query({})).find((tab) => tab.url === target);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

async function runExtractorIn(
  target: { tabId: number; allFrames?: boolean },
  options: ExtractOptions,
): Promise<Extraction[]> {
  await browser.scripting.executeScript({
    target,
    func: (opts: ExtractOptions) => {
      globalThis.__pithExtractOptions = opts;
    },
    args: [options],
  });
  const injections = await browser.scripting.executeScript({ target, files: [EXTRACTOR_FILE] });
  return injections
    .map((injection) => injection.result as Extraction | undefined)
    .filter((result) => result !== undefined);
}

async function runExtractor(tabId: number, options: ExtractOptions): Promise<Extraction | undefined> {
  const [top] = await runExtractorIn({ tabId }, options);
  if (top?.ok || top?.problem.kind !== 'frames') return top;
  // The page shows its story in a frame: read the frames Pith may read (the page's own origin,
  // under activeTab) and take the longest article among them.
  const frames: Extraction[] = await runExtractorIn({ tabId, allFrames: true }, options).catch(() => []);
  let best: Extraction = top;
  for (const result of frames) {
    if (result.ok && (!best.ok || result.article.wordCount > best.article.wordCount)) best = result;
  }
  return best;
}

export async function readTab(tab: TargetTab | undefined, options: ExtractOptions): Promise<PopupState> {
  if (!tab?.id) return { status: 'error', message: i18n.t('error.noTab') };
  const restricted = restrictedPageMessage(tab.url);
  if (restricted) return { status: 'restricted', message: restricted };
  const cached = options.force ? null : await cachedArticle(tab.id, tab.url);
  if (cached) return { status: 'article', article: cached.article, readBy: cached.source };
  let extraction: Extraction | undefined;
  try {
    extraction = await withTimeout(runExtractor(tab.id, options), ANSWER_TIMEOUT_MS);
  } catch (error) {
    return readFailure(error, tab.url);
  }
  if (!extraction) return readFailure(new Error('the extractor gave no answer'), tab.url);
  if (extraction.ok) {
    await cacheArticle(tab.id, tab.url, extraction.article);
    return { status: 'article', article: extraction.article, readBy: 'popup' };
  }
  return {
    status: 'problem',
    problem: extraction.problem,
    canTryAnyway: extraction.problem.kind === 'not-article' && !options.force,
  };
}
