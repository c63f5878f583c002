#!/usr/bin/env bash
# The README's test command: everything CI checks, from a fresh clone. The data validation build, the .NET
# tests of the solution, and DuckDB reading the CLI's exports. Exits non-zero when any of them fails, and
# ends with one "N passed, N failed" line over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

# The data validation command from the README: every DD warning or error fails CI.
dotnet build src/DiplomacyData -warnaserror || exit 1

log=$(mktemp)
# The README's test command:
dotnet test DiplomacyData.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# DuckDB reads the CLI's exports and checks them against the catalogue (node's test runner; README: CLI users).
interop_log=$(mktemp)
bash tests/interop/run.sh 2>&1 | tee "$interop_log"
interop_status=${PIPESTATUS[0]}

# One closing line for the whole run, summed over the test projects' own summaries and node's.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
node_passed=$(grep -oE '^(# |ℹ )pass [0-9]+' "$interop_log" | awk '{ s += $NF } END { print s + 0 }')
node_failed=$(grep -oE '^(# |ℹ )fail [0-9]+' "$interop_log" | awk '{ s += $NF } END { print s + 0 }')
rm -f "$log" "$interop_log"
if [ "$interop_status" -ne 0 ] && [ "${node_failed:-0}" -eq 0 ]; then
  node_failed=1  # the check could not run at all (install, build or export failed): count it as a failure
fi
echo "tests: $(( ${passed:-0} + ${node_passed:-0} )) passed, $(( ${failed:-0} + ${node_failed:-0} )) failed"
if [ "$status" -eq 0 ] && [ "${passed:-0}" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
exit "$interop_status"
