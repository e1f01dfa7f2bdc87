/** The CLI shows key points: in its JSON as `keyPoints` (`takeaways` stays the publisher's box),
 * in its text under the label that says Pith picked them. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const NO_BOX = 'fixtures/www.example-tv.test--breaking-gas-leak/source.html';
const KSL = 'fixtures/www.ksl.com--sheinbaum-us-military-intervention/source.html';

const cli = async (...args: string[]) =>
  (await run('node', ['--import', 'tsx', 'cli/extract.ts', ...args], { maxBuffer: 32 << 20 })).stdout;

describe('pith extract: key points', () => {
  it("JSON: extractive key points where the page has no box, the publisher's where it has one", async () => {
    const [noBox, ksl] = (await cli(NO_BOX, KSL, '--format', 'json'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(noBox.takeaways).toBeNull();
    expect(noBox.keyPoints.method).toBe('extractive');
    expect(noBox.keyPoints.items.length).toBeGreaterThanOrEqual(3);
    for (const item of noBox.keyPoints.items) expect(noBox.text).toContain(item);
    expect(ksl.keyPoints).toEqual({ method: 'publisher', items: ksl.takeaways.items });
  });

  it('text: under "Key points (picked by Pith):"', async () => {
    expect(await cli(NO_BOX)).toMatch(/\n\nKey points \(picked by Pith\):\n- [^\n]+\n- [^\n]+\n- [^\n]+/);
  });
});
