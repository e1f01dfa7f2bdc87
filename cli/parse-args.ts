/** Command-line arguments of `pith extract`, read by Node's own `util.parseArgs`. */
import { parseArgs as parseNodeArgs } from 'node:util';
import { defaultJobs, parseJobs } from './pool';

export type OutputFormat = 'text' | 'markdown' | 'json';

export interface CliOptions {
  files: string[];
  url: string | null;
  format: OutputFormat;
  force: boolean;
  /** A Pith rules file (the options page's export): the rules for each page's site apply. */
  rules: string | null;
  /** Files read at once, each on its own thread (default: every core). */
  jobs: number;
}

export const USAGE = `Usage: npm run -s extract -- FILE... [--url URL] [--format text|markdown|json] [--force] [--rules FILE] [--jobs N]

Extracts the article from saved pages (.html or .html.gz). --url gives the page's address
(default: the page's canonical link, else its file path). --format json prints one JSON object
per file per line. --force extracts even pages that do not look like articles. --rules reads a Pith rules file
(as the options page exports it) and applies the rules for each page's site. --jobs N reads N files at once
(default: one per core); the output order is the order the files were given in.`;

const OPTIONS = {
  url: { type: 'string' },
  format: { type: 'string', default: 'text' },
  force: { type: 'boolean', default: false },
  rules: { type: 'string' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

/** parseArgs's errors, said in the CLI's words (its own name the option and tell how to quote). */
function explain(error: unknown): Error {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new Error(`unknown option: ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new Error(
      /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`,
    );
  }
  return error instanceof Error ? error : new Error(message);
}

/** Throws Error('help') for --help, and an Error saying what is wrong for bad arguments. */
export function parseArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseNodeArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw explain(error);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new Error('help');
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format)) throw new Error(`unknown format: ${values.format}`);
  if (positionals.length === 0) throw new Error('no input files');
  const jobs = values.jobs === undefined ? defaultJobs() : parseJobs(values.jobs);
  return {
    files: positionals,
    url: values.url ?? null,
    format,
    force: values.force,
    rules: values.rules ?? null,
    jobs,
  };
}
