// Prints one plain closing line per test suite from Vitest's JSON results, for CI logs:
// "unit: 142 passed, 0 failed" and "e2e (real Chromium and Firefox): 16 passed, 0 failed".
import { existsSync, readFileSync } from 'node:fs';

const suites = [
  ['unit', 'test-results/unit-results.json'],
  ['e2e (real Chromium and Firefox)', 'test-results/e2e-results.json'],
];
let total = { passed: 0, failed: 0 };
for (const [name, file] of suites) {
  if (!existsSync(file)) {
    console.log(`${name}: no results (the suite did not run)`);
    process.exitCode = 1;
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const passed = results.numPassedTests;
  const failed = results.numFailedTests;
  total = { passed: total.passed + passed, failed: total.failed + failed };
  console.log(`${name}: ${passed} passed, ${failed} failed`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
if (total.failed > 0 || total.passed === 0) process.exitCode = 1;
