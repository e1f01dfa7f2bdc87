#!/usr/bin/env bash
# scripts/repeat-unit.sh [N] [VITEST ARGS...]
# Runs the unit suite N times in a row (default 10) and prints one line per run:
#   run 3/10: pass, 911 tests (911 passed, 0 failed), 52 s
# then a last line with the number of runs that failed. Each run's full output is kept in
# test-results/repeat-unit/run-<i>.log (and its JSON report next to it) to read a failure.
# It is a whole-suite job: on a shared machine, run it under the heavy lock.
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
shift || true
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: scripts/repeat-unit.sh [N] [VITEST ARGS...]  (N: runs, default 10)" >&2; exit 2; }
dir=test-results/repeat-unit
mkdir -p "$dir"
failed=0
for i in $(seq 1 "$runs"); do
  start=$SECONDS
  rm -f "$dir/run-$i.json"
  npx vitest run --outputFile.json="$dir/run-$i.json" "$@" >"$dir/run-$i.log" 2>&1
  code=$?
  seconds=$((SECONDS - start))
  counts=$(node -e '
    try {
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(`${r.numTotalTests} tests (${r.numPassedTests} passed, ${r.numFailedTests} failed)`);
    } catch { console.log("no report"); }' "$dir/run-$i.json")
  if [ "$code" -eq 0 ]; then verdict=pass; else verdict=FAIL; failed=$((failed + 1)); fi
  echo "run $i/$runs: $verdict, $counts, $seconds s"
done
echo "$failed of $runs runs failed"
[ "$failed" -eq 0 ]
