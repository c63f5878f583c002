#!/usr/bin/env bash
# The DuckDB interoperability check, from a fresh clone: installs the pinned DuckDB package (npm), exports
# the dataset with the `diplomacy` CLI into a temp folder, writes the catalogue's own counts with
# `diplomacy stats --format json`, and runs node's test runner on duckdb.test.mjs.
# Usage (from anywhere): bash tests/interop/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# `npm install --no-save` rather than `npm ci`: the lock file pins every package, but only the linux-x64 builds
# of DuckDB's optional per-platform binaries are in it (the registry mirror here serves no others), and
# `npm ci` refuses a lock without all of them. --no-save leaves package-lock.json as committed.
(cd "$here" && npm install --no-save --no-audit --no-fund --loglevel=error)

project="$root/src/DiplomacyData.Cli"
# Build once, then run without building so that nothing but the tool's own output reaches stats.json.
dotnet build "$project" --nologo --verbosity quiet
dotnet run --project "$project" --no-build --no-launch-profile -- export --format all --output "$work/export"
dotnet run --project "$project" --no-build --no-launch-profile -- stats --format json > "$work/stats.json"

cd "$here"
DIPLOMACY_EXPORT="$work/export" DIPLOMACY_STATS="$work/stats.json" node --test duckdb.test.mjs
