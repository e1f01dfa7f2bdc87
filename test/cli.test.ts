/** The CLI as a user runs it: a real child process over saved pages. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTACT_LINE, EDITOR_NOTE, kslWithExtras } from './ksl-with-extras';

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

  it("--rules applies the rules file for the page's site: hide takes a block out, keep brings one back", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const page = join(dir, 'ksl.html');
    writeFileSync(page, kslWithExtras());
    const rules = join(dir, 'my-rules.json');
    writeFileSync(rules, JSON.stringify({ format: 'pith-rules', version: 1, rules: [{ site: 'ksl.com', hide: ['div.series-note'], keep: ['p.contact-line'] }] }));
    const plain = await cli(page);
    const { stdout, code } = await cli(page, '--rules', rules);
    expect(code).toBe(0);
    expect(plain.stdout).toContain(EDITOR_NOTE);
    expect(plain.stdout).not.toContain(CONTACT_LINE);
    // The note is gone and the contact line is back, in its place; nothing else changed.
    expect(stdout).toBe(plain.stdout.replace(`${EDITOR_NOTE}\n\n`, `${CONTACT_LINE}\n\n`));
    // Rules for another site change nothing.
    writeFileSync(rules, JSON.stringify({ format: 'pith-rules', version: 1, rules: [{ site: 'example.com', hide: ['div.series-note'], keep: [] }] }));
    expect((await cli(page, '--rules', rules)).stdout).toBe(plain.stdout);
  });

  it('--rules refuses a bad or foreign rules file with a clear message and extracts nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'pith-rules', version: 1, rules: [{ site: 'ksl.com', hide: ['p ! q'], keep: [] }] }));
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, '{"filters": []}');
    const first = await cli(`${KSL}/source.html`, '--rules', bad);
    expect([first.code, first.stdout]).toEqual([2, '']);
    expect(first.stderr).toBe(`pith: ${bad}: This rules file has mistakes, so nothing was imported: ksl.com: hide "p ! q": not a valid CSS selector.\n`);
    const second = await cli(`${KSL}/source.html`, '--rules', foreign);
    expect(second.stderr).toBe(`pith: ${foreign}: This file is not a Pith rules file (it has no "format": "pith-rules").\n`);
    const missing = await cli(`${KSL}/source.html`, '--rules', join(dir, 'none.json'));
    expect(missing.stderr).toMatch(/could not read the rules file .*none\.json/);
  });

  it('prints usage on bad arguments', async () => {
    const { stderr, code } = await cli('--format', 'pdf', 'x.html');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown format: pdf[\s\S]*Usage:/);
  });
});
