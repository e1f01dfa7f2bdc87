/** Command-line arguments of `pith extract`. */
export type OutputFormat = 'text' | 'markdown' | 'json';

export interface CliOptions {
  files: string[];
  url: string | null;
  format: OutputFormat;
  force: boolean;
}

export const USAGE = `Usage: npm run -s extract -- FILE... [--url URL] [--format text|markdown|json] [--force]

Extracts the article from saved pages (.html or .html.gz). --url gives the page's address
(default: the page's canonical link, else its file path). --format json prints one JSON object
per file per line. --force extracts even pages that do not look like articles.`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { files: [], url: null, format: 'text', force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--url') options.url = value();
    else if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new Error(`unknown format: ${format}`);
      options.format = format;
    } else if (flag === '--force') options.force = true;
    else if (flag === '--help' || flag === '-h') throw new Error('help');
    else if (flag.startsWith('--')) throw new Error(`unknown option: ${flag}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new Error('no input files');
  return options;
}
