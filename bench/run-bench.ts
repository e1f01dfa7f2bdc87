/** `npm run bench [-- --set NAME] [--data DIR] [--no-timing] [--worst N] [--jobs N]`: Pith as shipped and raw
 * Readability over the development sets (zyte-dev, trafilatura-dev, readability-pages), each page
 * parsed once with jsdom and read by both; prints per set each measure on the whole set and on its
 * two halves (by a hash of the page id), and writes the predictions to bench-results/. The last
 * line is machine-readable: one `key=value` group per set that ran, separated by " | ". Pages are
 * read on --jobs threads (default: every core); the figures do not depend on it. */
import { performance } from 'node:perf_hooks';
import { parseOptions, zyteLabel, type SetName } from './options';
import { runReadabilityPages } from './sets/readability-pages';
import { runTrafilatura } from './sets/trafilatura';
import { runZyte } from './sets/zyte';

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const runners: Record<SetName, () => Promise<string>> = {
    'zyte-dev': () => runZyte(options, zyteLabel(options.dirs['zyte-dev'])),
    'trafilatura-dev': () => runTrafilatura(options),
    'readability-pages': () => runReadabilityPages(options),
  };
  const summaries: string[] = [];
  const start = performance.now();
  for (const set of options.sets) {
    const setStart = performance.now();
    summaries.push(await runners[set]());
    const name = set === 'zyte-dev' ? zyteLabel(options.dirs[set]) : set;
    console.log(`(${name}: ${((performance.now() - setStart) / 1000).toFixed(0)} s)`);
  }
  const threads = `${options.jobs} thread${options.jobs === 1 ? '' : 's'}`;
  console.log(`\ntotal ${((performance.now() - start) / 1000).toFixed(0)} s on ${threads}\n`);
  console.log(summaries.join(' | '));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
