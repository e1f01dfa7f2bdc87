/** The bench's command line: which sets to run, where the Zyte-layout data is, timing on or off. */
import { basename, resolve } from 'node:path';
import { defaultJobs, parseJobs } from '../cli/pool';

export const SET_NAMES = ['zyte-dev', 'trafilatura-dev', 'readability-pages'] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface BenchOptions {
  sets: SetName[];
  /** The folder of each set (the Zyte-layout one may come from --data). */
  dirs: Record<SetName, string>;
  timing: boolean;
  worst: number;
  outDir: string;
  /** Pages read at once, each on its own thread (--jobs; default every core). */
  jobs: number;
  /** Pages read at once while timing (zyte-dev with timing on): --jobs if given, else 1, since
   * pages timed side by side on a shared 2-core machine run slower, Pith more than Readability
   * (time_ratio 1.69 on one thread, 2.10 on two, same run of the lock; scores identical). */
  timedJobs: number;
}

const USAGE = `usage: npm run bench -- [--set ${SET_NAMES.join('|')}]... [--data DIR] [--no-timing] [--worst N] [--jobs N]`;

/** `root`: the repository root; the sets live in ../shared/bench/<set> next to it. */
export function parseOptions(argv: string[], root = process.cwd()): BenchOptions {
  const sets = new Set<SetName>();
  let dataDir: string | null = null;
  let timing = true;
  let worst = 10;
  let jobs: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--set') {
      for (const name of value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (!(SET_NAMES as readonly string[]).includes(name)) throw new Error(`unknown set "${name}"\n${USAGE}`);
        sets.add(name as SetName);
      }
    } else if (arg === '--data') dataDir = resolve(root, value());
    else if (arg === '--no-timing') timing = false;
    else if (arg === '--worst') {
      worst = Number(value());
      if (!Number.isInteger(worst) || worst < 0) throw new Error(`--worst needs a whole number\n${USAGE}`);
    } else if (arg === '--jobs') {
      try {
        jobs = parseJobs(value());
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${USAGE}`);
      }
    } else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  const shared = (name: SetName) => resolve(root, '../shared/bench', name);
  const dirs = Object.fromEntries(SET_NAMES.map((name) => [name, shared(name)])) as Record<SetName, string>;
  if (dataDir) dirs['zyte-dev'] = dataDir;
  // --data alone means "this folder of the Zyte layout", not every set.
  const chosen = sets.size
    ? SET_NAMES.filter((name) => sets.has(name))
    : dataDir
      ? ['zyte-dev' as const]
      : [...SET_NAMES];
  const outDir = resolve(root, 'bench-results');
  return { sets: chosen, dirs, timing, worst, outDir, jobs: jobs ?? defaultJobs(), timedJobs: jobs ?? 1 };
}

/** The label of the Zyte-layout set in the summary line: "zyte", or the folder's name for --data. */
export function zyteLabel(dir: string, root = process.cwd()): string {
  return dir === resolve(root, '../shared/bench/zyte-dev') ? 'zyte' : basename(dir).replace(/\s+/g, '_');
}
