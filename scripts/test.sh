#!/usr/bin/env bash
# Runs every test of the solution. Starts what the tests need (a throwaway PostgreSQL cluster),
# runs them, and ends with the totals on a line of their own: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/pg-throwaway.sh

log="$(mktemp /tmp/hankevahti-test.XXXXXX.log)"
set +e
dotnet test Hankevahti.slnx -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One summary line per test assembly, e.g. "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12".
read -r passed failed skipped assemblies < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    n++
    for (i = 1; i <= NF; i++) {
      v = $(i + 1); gsub(/,/, "", v)
      if ($i == "Failed:") f += v
      if ($i == "Passed:") p += v
      if ($i == "Skipped:") s += v
    }
  }
  END { printf "%d %d %d %d\n", p, f, s, n }' "$log")
rm -f "$log"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build error or a crashed test host leaves no failed test to count; say so rather than report green.
  failed=1
  echo "dotnet test exited with $status (build error or test host crash); counted as a failure" >&2
fi
if [ "$assemblies" -eq 0 ]; then
  echo "no test assembly ran" >&2
  status=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
