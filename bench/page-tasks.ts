/** The bench's work on one page, as the worker pool (cli/pool.ts) runs it: plain data in, plain
 * data out, so a page is read the same way on any thread. Times are taken here, on the thread
 * that reads the page, both extractors back to back on the same document. */
import { readHtmlFile } from '../cli/decode';
import { closePage, parsePage } from '../cli/parse-page';
import { runPith, runReadability, type PithResult } from './extractors';
import { timePair } from './timing';

/** This module, for the pool's threads to load. */
export const PAGE_TASKS = new URL(import.meta.url);

export interface TimedPageJob {
  file: string;
  url: string;
  /** Rounds of timing (1: no timing). */
  rounds: number;
  /** Which extractor runs first in each round alternates with the page's place in the set. */
  parity: number;
}

export interface TimedPageResult {
  pith: PithResult;
  /** Readability's textContent ('' when it found nothing). */
  rawText: string;
  pithMs: number;
  rawMs: number;
}

/** zyte-dev: both extractors on one jsdom document, timed (the fastest of `rounds` runs each). */
export async function readTimedPage(job: TimedPageJob): Promise<TimedPageResult> {
  const dom = parsePage(await readHtmlFile(job.file), job.url);
  try {
    const doc = dom.window.document;
    const run = timePair(
      () => runPith(doc, job.url),
      () => runReadability(doc),
      job.rounds,
      job.parity,
    );
    return { pith: run.a, rawText: run.b?.textContent ?? '', pithMs: run.aMs, rawMs: run.bMs };
  } finally {
    closePage(dom);
  }
}

export interface PageJob {
  file: string;
  url: string;
}

/** trafilatura-dev: Pith's result and Readability's textContent ('' for nothing), untimed. */
export async function readPage(job: PageJob): Promise<{ pith: PithResult; rawText: string }> {
  const dom = parsePage(await readHtmlFile(job.file), job.url);
  try {
    const pith = runPith(dom.window.document, job.url);
    return { pith, rawText: runReadability(dom.window.document)?.textContent ?? '' };
  } finally {
    closePage(dom);
  }
}
