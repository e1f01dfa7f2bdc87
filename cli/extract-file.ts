/** One file of `pith extract`: read, parse, extract, render. The unit of work of the CLI's worker
 * pool (cli/pool.ts), so it takes and returns plain data; it never throws for a bad file. */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { articleMarkdown, extractArticle, formatCleanText } from '../core';
import type { Article, Extraction, SiteRule } from '../core';
import { declaredUrl, readHtmlFile } from './decode';
import type { CliOptions } from './parse-args';
import { closePage, parsePage } from './parse-page';

export interface FileJob {
  file: string;
  options: Pick<CliOptions, 'url' | 'format' | 'force'> & {
    /** The --rules file's rules (those for the page's site apply). */
    rules: SiteRule[];
  };
  /** More than one file in the run: text and Markdown get a `==> file <==` header. */
  many: boolean;
}

export interface FileOutput {
  /** What goes to stdout for this file ('' for none), ending in a newline. */
  stdout: string;
  /** The file's error line for stderr, or ''. */
  stderr: string;
  failed: boolean;
}

async function extractFile(file: string, options: FileJob['options']): Promise<Extraction> {
  const html = await readHtmlFile(file);
  const url = options.url ?? declaredUrl(html) ?? pathToFileURL(resolve(file)).href;
  const dom = parsePage(html, url);
  try {
    return extractArticle(dom.window.document, url, { force: options.force, rules: options.rules });
  } finally {
    closePage(dom); // frees the page's DOM; a run over hundreds of pages stays flat in memory
  }
}

/** One blank window per thread, kept for the whole run, to build Markdown from the extracted (sanitized) HTML. */
let renderWindow: Window | null = null;
function markdownOf(article: Article): string {
  renderWindow ??= new JSDOM('').window as unknown as Window;
  return articleMarkdown(article, renderWindow);
}

function render({ file, options, many }: FileJob, result: Extraction): string {
  if (options.format === 'json') {
    if (!result.ok) return JSON.stringify({ file, error: result.problem.kind, message: result.problem.message });
    // articleBody: exactly the text `npm run bench` scores for the page (the body, no takeaways).
    return JSON.stringify({
      file,
      ...result.article,
      markdown: markdownOf(result.article),
      articleBody: result.article.text,
    });
  }
  if (!result.ok) return '';
  const body = options.format === 'markdown' ? markdownOf(result.article) : formatCleanText(result.article);
  return many ? `==> ${file} <==\n${body}` : body;
}

export async function extractOneFile(job: FileJob): Promise<FileOutput> {
  let result: Extraction;
  try {
    result = await extractFile(job.file, job.options);
  } catch (error) {
    result = {
      ok: false,
      problem: { kind: 'failed', message: `could not read the file: ${(error as Error).message}` },
    };
  }
  const out = render(job, result);
  return {
    stdout: out && !out.endsWith('\n') ? `${out}\n` : out,
    stderr: result.ok ? '' : `pith: ${job.file}: ${result.problem.message}\n`,
    failed: !result.ok,
  };
}
