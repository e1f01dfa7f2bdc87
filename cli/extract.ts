/** `npm run -s extract -- FILE...`: Pith's core on saved pages, from the command line.
 * Only results go to stdout; progress and errors go to stderr. One bad file gives an error line
 * and the run goes on; the exit code is 1 if any file could not be read or extracted. Several
 * files are read on `--jobs` threads (default: every core), printed in the order given. */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { parseRulesFile, type SiteRule } from '../core';
import type { FileJob, FileOutput } from './extract-file';
import { parseArgs, USAGE, type CliOptions } from './parse-args';
import { mapInWorkers, TaskError } from './pool';

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The --rules file, checked as the options page checks an import (all or nothing). */
async function readRules(file: string | null): Promise<SiteRule[]> {
  if (!file) return [];
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`could not read the rules file ${file}: ${error.message}`);
  });
  const { window } = new JSDOM('');
  const parsed = parseRulesFile(text, window.document);
  window.close();
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.rules;
}

/** Runs the CLI on `argv` (the arguments after the script's name); resolves with the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    const message = (error as Error).message;
    io.stderr(message === 'help' ? `${USAGE}\n` : `pith: ${message}\n${USAGE}\n`);
    return message === 'help' ? 0 : 2;
  }
  let rules: SiteRule[];
  try {
    rules = await readRules(options.rules);
  } catch (error) {
    io.stderr(`pith: ${(error as Error).message}\n`);
    return 2;
  }
  const many = options.files.length > 1;
  const { url, format, force } = options;
  // The rules are plain data: each thread gets them with its files.
  const jobs: FileJob[] = options.files.map((file) => ({ file, options: { url, format, force, rules }, many }));
  let failures = 0;
  await mapInWorkers<FileJob, FileOutput>(
    new URL('./extract-file.ts', import.meta.url),
    'extractOneFile',
    jobs,
    options.jobs,
    (output, index) => {
      // extractOneFile catches a bad file itself; a TaskError is a thread that died on this file.
      const { stdout, stderr, failed } =
        output instanceof TaskError
          ? { stdout: '', stderr: `pith: ${jobs[index].file}: ${output.message}\n`, failed: true }
          : output;
      if (failed) failures++;
      if (stderr) io.stderr(stderr);
      if (stdout) io.stdout(stdout);
    },
  );
  return failures ? 1 : 0;
}

/** True when this module is the script node was started with (not imported by a test). */
const isEntry = () => {
  try {
    return !!process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
};

if (isEntry()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
