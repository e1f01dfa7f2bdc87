/** The CLI as a user runs it: a real child process over saved pages. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const KSL = 'fixtures/www.ksl.com--sheinbaum-us-military-intervention';

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'cli/extract.ts', ...args], { maxBuffer: 32 << 20 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('pith extract (CLI)', () => {
  it("prints the KSL fixture's expected clean text, and nothing else", async () => {
    const { stdout, code } = await cli(`${KSL}/source.html`);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(`${KSL}/expected.txt`, 'utf8'));
  });

  it('prints one JSON object per file per line; a bad file gives an error line and the run goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(`${KSL}/source.html`)));
    const { stdout, stderr, code } = await cli(`${KSL}/source.html`, join(dir, 'missing.html'), gz, '--format', 'json');
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.file.split('/').pop(), l.title ?? l.error])).toEqual([
      ['source.html', "Mexico's Sheinbaum says US military intervention ruled out after talks with Trump"],
      ['missing.html', 'failed'],
      ['page.html.gz', "Mexico's Sheinbaum says US military intervention ruled out after talks with Trump"],
    ]);
    expect(lines[0].takeaways.items).toHaveLength(2);
    expect(stderr).toMatch(/missing\.html: could not read the file/);
    expect(code).toBe(1);
  });

  it('decodes a page by its declared charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const body = Array.from({ length: 8 }, () => '<p>Le café de la gare a rouvert ses portes après des années de travaux, et les habitués sont revenus dès le premier matin.</p>').join('');
    const page = `<html><head><meta charset="windows-1252"><title>Élan à Zürich</title></head><body><h1>Élan à Zürich</h1><article>${body}</article></body></html>`;
    writeFileSync(join(dir, 'latin.html'), Buffer.from(page, 'latin1'));
    const { stdout } = await cli(join(dir, 'latin.html'), '--format', 'json', '--url', 'https://example.fr/a');
    const article = JSON.parse(stdout);
    expect(article.title).toBe('Élan à Zürich');
    expect(article.text).toContain('Le café de la gare a rouvert ses portes après');
    expect(article.url).toBe('https://example.fr/a');
  });

  it('prints usage on bad arguments', async () => {
    const { stderr, code } = await cli('--format', 'pdf', 'x.html');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown format: pdf[\s\S]*Usage:/);
  });
});
