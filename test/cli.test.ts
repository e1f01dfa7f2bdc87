/** The CLI: `main(argv, io)` in-process for what it prints, and two real child processes that
 * prove the script entry (`node --import tsx cli/extract.ts`, as `npm run extract` runs it) works. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTACT_LINE, EDITOR_NOTE, kslWithExtras } from './ksl-with-extras';
import { main } from '../cli/extract';

const KSL = 'fixtures/www.ksl.com--sheinbaum-us-military-intervention';
const KSL_TITLE = "Mexico's Sheinbaum says US military intervention ruled out after talks with Trump";

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let [stdout, stderr] = ['', ''];
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { stdout, stderr, code };
}

/** A folder with the KSL page gzipped, next to a file that does not exist. */
function kslBatch(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
  const gz = join(dir, 'page.html.gz');
  writeFileSync(gz, gzipSync(readFileSync(`${KSL}/source.html`)));
  return [`${KSL}/source.html`, join(dir, 'missing.html'), gz];
}

describe('pith extract (CLI, in-process)', () => {
  it("prints the KSL fixture's expected clean text, and nothing else", async () => {
    const { stdout, stderr, code } = await cli(`${KSL}/source.html`);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(`${KSL}/expected.txt`, 'utf8'));
    expect(stderr).toBe('');
  });

  it('prints one JSON object per file per line; a bad file gives an error line and the run goes on', async () => {
    const { stdout, stderr, code } = await cli(...kslBatch(), '--format', 'json', '--jobs', '1');
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.file.split('/').pop(), l.title ?? l.error])).toEqual([
      ['source.html', KSL_TITLE],
      ['missing.html', 'failed'],
      ['page.html.gz', KSL_TITLE],
    ]);
    expect(lines[0].takeaways.items).toHaveLength(2);
    expect(stderr).toMatch(/^pith: \S+missing\.html: could not read the file: ENOENT[^\n]*\n$/);
    expect(code).toBe(1);
  });

  it('prints text with a header per file when given several', async () => {
    const [source, , gz] = kslBatch();
    const { stdout, code } = await cli(source, gz, '--jobs', '1');
    const expected = readFileSync(`${KSL}/expected.txt`, 'utf8');
    expect(stdout).toBe(`==> ${source} <==\n${expected}==> ${gz} <==\n${expected}`);
    expect(code).toBe(0);
  });

  it('decodes a page by its declared charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const body = Array.from(
      { length: 8 },
      () =>
        '<p>Le café de la gare a rouvert ses portes après des années de travaux, et les habitués sont revenus dès le premier matin.</p>',
    ).join('');
    const page = `<html><head><meta charset="windows-1252"><title>Élan à Zürich</title></head><body><h1>Élan à Zürich</h1><article>${body}</article></body></html>`;
    writeFileSync(join(dir, 'latin.html'), Buffer.from(page, 'latin1'));
    const { stdout } = await cli(join(dir, 'latin.html'), '--format', 'json', '--url', 'https://example.fr/a');
    const article = JSON.parse(stdout);
    expect(article.title).toBe('Élan à Zürich');
    expect(article.text).toContain('Le café de la gare a rouvert ses portes après');
    expect(article.url).toBe('https://example.fr/a');
  });

  it("--rules applies the rules file for the page's site: hide takes a block out, keep brings one back", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const page = join(dir, 'ksl.html');
    writeFileSync(page, kslWithExtras());
    const rules = join(dir, 'my-rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        format: 'pith-rules',
        version: 1,
        rules: [{ site: 'ksl.com', hide: ['div.series-note'], keep: ['p.contact-line'] }],
      }),
    );
    const plain = await cli(page);
    const { stdout, code } = await cli(page, '--rules', rules);
    expect(code).toBe(0);
    expect(plain.stdout).toContain(EDITOR_NOTE);
    expect(plain.stdout).not.toContain(CONTACT_LINE);
    // The note is gone and the contact line is back, in its place; nothing else changed.
    expect(stdout).toBe(plain.stdout.replace(`${EDITOR_NOTE}\n\n`, `${CONTACT_LINE}\n\n`));
    // Rules for another site change nothing.
    writeFileSync(
      rules,
      JSON.stringify({
        format: 'pith-rules',
        version: 1,
        rules: [{ site: 'example.com', hide: ['div.series-note'], keep: [] }],
      }),
    );
    expect((await cli(page, '--rules', rules)).stdout).toBe(plain.stdout);
  });

  it('--rules refuses a bad or foreign rules file with a clear message and extracts nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'pith-rules', version: 1, rules: [{ site: 'ksl.com', hide: ['p ! q'], keep: [] }] }),
    );
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, '{"filters": []}');
    const first = await cli(`${KSL}/source.html`, '--rules', bad);
    expect([first.code, first.stdout]).toEqual([2, '']);
    expect(first.stderr).toBe(
      `pith: ${bad}: This rules file has mistakes, so nothing was imported: ksl.com: hide "p ! q": not a valid CSS selector.\n`,
    );
    const second = await cli(`${KSL}/source.html`, '--rules', foreign);
    expect(second.stderr).toBe(
      `pith: ${foreign}: This file is not a Pith rules file (it has no "format": "pith-rules").\n`,
    );
    const missing = await cli(`${KSL}/source.html`, '--rules', join(dir, 'none.json'));
    expect(missing.stderr).toMatch(/could not read the rules file .*none\.json/);
  });

  it('prints usage on bad arguments, and on --help to stderr with exit code 0', async () => {
    const bad = await cli('--format', 'pdf', 'x.html');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pith: unknown format: pdf\nUsage:/);
    expect(bad.stdout).toBe('');
    const jobs = await cli('--jobs', '0', 'x.html');
    expect([jobs.code, jobs.stderr.split('\n')[0]]).toEqual([
      2,
      'pith: --jobs needs a whole number of at least 1, not "0"',
    ]);
    const help = await cli('--help');
    expect([help.code, help.stdout]).toEqual([0, '']);
    expect(help.stderr).toMatch(/^Usage: npm run -s extract -- FILE\.\.\./);
  });
});

/** The real entry, as a user starts it. The second also runs the worker pool (two threads). */
describe('pith extract (CLI, a real process)', () => {
  const run = promisify(execFile);
  const spawnCli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', ['--import', 'tsx', 'cli/extract.ts', ...args], {
        maxBuffer: 32 << 20,
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const failed = error as { stdout: string; stderr: string; code: number };
      return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
    }
  };

  it('prints usage and exits with 2 on bad arguments', async () => {
    const { stdout, stderr, code } = await spawnCli('--format', 'pdf', 'x.html');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^pith: unknown format: pdf\nUsage:/);
  });

  it('reads a batch on two threads: the same lines in the order given, one error line, exit code 1', async () => {
    const files = kslBatch();
    const { stdout, stderr, code } = await spawnCli(...files, '--format', 'json', '--jobs', '2');
    const inProcess = await cli(...files, '--format', 'json', '--jobs', '1');
    expect(stdout).toBe(inProcess.stdout);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual(files);
    expect(stderr).toBe(inProcess.stderr);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(code).toBe(1);
  });
});
