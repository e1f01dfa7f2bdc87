import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { parseArgs } from '../cli/parse-args';

describe('parseArgs (the CLI’s arguments)', () => {
  it('reads files, --url, --format, --force, --rules and --jobs, in any order, with or without "="', () => {
    expect(
      parseArgs([
        'a.html',
        '--url',
        'https://example.com/a',
        '--format=json',
        '--force',
        'b.html.gz',
        '--rules',
        'mine.json',
        '--jobs',
        '3',
      ]),
    ).toEqual({
      files: ['a.html', 'b.html.gz'],
      url: 'https://example.com/a',
      format: 'json',
      force: true,
      rules: 'mine.json',
      jobs: 3,
    });
    expect(parseArgs(['--url=https://example.com/b', 'a.html'])).toEqual({
      files: ['a.html'],
      url: 'https://example.com/b',
      format: 'text',
      force: false,
      rules: null,
      jobs: availableParallelism(),
    });
  });

  it('takes what follows "--" as files', () => {
    expect(parseArgs(['--', '--odd-name.html']).files).toEqual(['--odd-name.html']);
  });

  it.each([
    [['--format', 'pdf', 'x.html'], 'unknown format: pdf'],
    [['--bogus', 'x.html'], 'unknown option: --bogus'],
    [['-x', 'x.html'], 'unknown option: -x'],
    [['x.html', '--url'], '--url needs a value'],
    [['x.html', '--url', '--force'], '--url needs a value'],
    [['x.html', '--force=yes'], '--force takes no value'],
    [['x.html', '--rules'], '--rules needs a value'],
    [['x.html', '--jobs', '0'], '--jobs needs a whole number of at least 1, not "0"'],
    [['x.html', '--jobs', '1.5'], '--jobs needs a whole number of at least 1, not "1.5"'],
    [[], 'no input files'],
    [['--help'], 'help'],
    [['-h', 'x.html'], 'help'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new Error(message));
  });
});
