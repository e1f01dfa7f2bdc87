#!/usr/bin/env node
// Builds the extension's targets with WXT, each at most once per set of sources:
//   node scripts/build.mjs [--if-stale] [--zip] TARGET...   (TARGET: chrome firefox chrome-e2e firefox-e2e)
// After each build it records a fingerprint of the sources the build reads (every file Git would
// commit, less the tests, fixtures, bench, CLI and docs) in .output/.builds/<dir>. With --if-stale
// a target whose fingerprint matches is left as it is: `npm test` reuses the production builds
// `npm run build` made, and builds only the test builds. --zip makes the store zip(s) in the same
// WXT run (`wxt zip` always builds first, so zipping separately would build a second time).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGETS = {
  chrome: { dir: 'chrome-mv3', args: [], zip: '-chrome.zip' },
  firefox: { dir: 'firefox-mv3', args: ['-b', 'firefox', '--mv3'], zip: '-firefox.zip' },
  'chrome-e2e': { dir: 'chrome-mv3-e2e', args: ['--mode', 'e2e'] },
  'firefox-e2e': { dir: 'firefox-mv3-e2e', args: ['-b', 'firefox', '--mv3', '--mode', 'e2e'] },
};
/** Files no build reads: a change here never makes a build stale. */
const NOT_BUILD_INPUTS =
  /^(test|fixtures|bench|cli|docs|scripts|\.ci)\/|\.md$|^(vitest[.\w]*|eslint\.config)\.[jt]s$|^\.prettier/;
const STAMPS = '.output/.builds';

const argv = process.argv.slice(2);
const ifStale = argv.includes('--if-stale');
const zip = argv.includes('--zip');
const names = argv.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !(name in TARGETS));
if (names.length === 0 || unknown.length) {
  console.error(`usage: node scripts/build.mjs [--if-stale] [--zip] ${Object.keys(TARGETS).join('|')}...`);
  process.exit(2);
}

/** A hash of every build input's path and bytes, or null when Git cannot list them (then every
 * build is taken as stale). */
function fingerprint() {
  let files;
  try {
    files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' });
  } catch {
    return null;
  }
  const hash = createHash('sha256');
  for (const file of files
    .split('\0')
    .filter((f) => f && !NOT_BUILD_INPUTS.test(f))
    .sort()) {
    if (!existsSync(file) || !statSync(file).isFile()) continue; // deleted but not yet committed
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const sources = fingerprint();
for (const name of names) {
  const { dir, args, zip: zipSuffix } = TARGETS[name];
  if (zip && !zipSuffix) {
    console.error(`${name}: test builds are not zipped`);
    process.exit(2);
  }
  const stamp = join(STAMPS, dir);
  const wanted = `${sources}${zip ? ' zipped' : ''}`;
  const recorded = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  // A zipped build also serves as a plain one; a plain one does not serve --zip.
  const built = existsSync(join('.output', dir, 'manifest.json'));
  const zipped = !zip || (existsSync('.output') && readdirSync('.output').some((file) => file.endsWith(zipSuffix)));
  const fresh =
    sources !== null && built && zipped && (recorded === wanted || (!zip && recorded === `${sources} zipped`));
  if (ifStale && fresh) {
    console.log(`${name}: .output/${dir} is up to date with the sources, not rebuilt`);
    continue;
  }
  const command = zip ? 'zip' : 'build';
  console.log(`${name}: wxt ${command} ${args.join(' ')}`.trimEnd());
  const run = spawnSync('npx', ['wxt', command, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  if (sources !== null) {
    mkdirSync(STAMPS, { recursive: true });
    writeFileSync(stamp, wanted);
  }
}
