#!/usr/bin/env bash
# Builds everything and runs the whole test suite against a real Azurite; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

azurite=$(scripts/azurite.sh start) || { echo "0 passed, 1 failed"; exit 1; }
trap 'scripts/azurite.sh stop "$azurite"' EXIT

mkdir -p artifacts
log=artifacts/test-output.log
dotnet test NewsFunctions.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...".
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
