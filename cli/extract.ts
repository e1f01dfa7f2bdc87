/** `npm run -s extract -- FILE...`: Pith's core on saved pages, from the command line.
 * Only results go to stdout; progress and errors go to stderr. One bad file gives an error line
 * and the run goes on; the exit code is 1 if any file could not be read or extracted. */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { articleMarkdown, extractArticle, formatCleanText, parseRulesFile } from '../core';
import type { Article, Extraction, SiteRule } from '../core';
import { JSDOM } from 'jsdom';
import { declaredUrl, readHtmlFile } from './decode';
import { parseArgs, USAGE, type CliOptions } from './parse-args';
import { closePage, parsePage } from './parse-page';

/** The --rules file, checked as the options page checks an import (all or nothing). */
async function readRules(file: string | null): Promise<SiteRule[]> {
  if (!file) return [];
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`could not read the rules file ${file}: ${error.message}`);
  });
  renderWindow ??= new JSDOM('').window as unknown as Window;
  const parsed = parseRulesFile(text, renderWindow.document);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.rules;
}

async function extractFile(file: string, options: CliOptions, rules: SiteRule[]): Promise<Extraction> {
  const html = await readHtmlFile(file);
  const url = options.url ?? declaredUrl(html) ?? pathToFileURL(resolve(file)).href;
  const dom = parsePage(html, url);
  try {
    return extractArticle(dom.window.document, url, { force: options.force, rules });
  } finally {
    closePage(dom); // frees the page's DOM; a run over hundreds of pages stays flat in memory
  }
}

/** One blank window, kept for the whole run, to build Markdown from the extracted (sanitized) HTML. */
let renderWindow: Window | null = null;
function markdownOf(article: Article): string {
  renderWindow ??= new JSDOM('').window as unknown as Window;
  return articleMarkdown(article, renderWindow);
}

function render(file: string, result: Extraction, options: CliOptions, many: boolean): string {
  if (options.format === 'json') {
    if (!result.ok) return JSON.stringify({ file, error: result.problem.kind, message: result.problem.message });
    // articleBody: exactly the text `npm run bench` scores for the page (the body, no takeaways).
    return JSON.stringify({ file, ...result.article, markdown: markdownOf(result.article), articleBody: result.article.text });
  }
  if (!result.ok) return '';
  const body = options.format === 'markdown' ? markdownOf(result.article) : formatCleanText(result.article);
  return many ? `==> ${file} <==\n${body}` : body;
}

async function main(): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(message === 'help' ? `${USAGE}\n` : `pith: ${message}\n${USAGE}\n`);
    return message === 'help' ? 0 : 2;
  }
  let rules: SiteRule[];
  try {
    rules = await readRules(options.rules);
  } catch (error) {
    process.stderr.write(`pith: ${(error as Error).message}\n`);
    return 2;
  }
  let failures = 0;
  const many = options.files.length > 1;
  for (const file of options.files) {
    let result: Extraction;
    try {
      result = await extractFile(file, options, rules);
    } catch (error) {
      result = { ok: false, problem: { kind: 'failed', message: `could not read the file: ${(error as Error).message}` } };
    }
    if (!result.ok) {
      failures++;
      process.stderr.write(`pith: ${file}: ${result.problem.message}\n`);
    }
    const out = render(file, result, options, many);
    if (out) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  }
  return failures ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
