#!/usr/bin/env bash
# Rewrites shipped-ids.tsv with the typed handles of the data as it is now: run it when you cut a data release
# (data/CURATING.md), after the changelog entry. It builds the diplomacy tool, whose package holds the data, and
# asks it (`diplomacy release shipped-ids`), which reads the handles through the package itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
if ! log=$(dotnet build src/DiplomacyData.Cli -nodeReuse:false -nologo 2>&1); then echo "$log" | grep -E "error" >&2; echo "the build failed: fix the errors first" >&2; exit 1; fi
dotnet run --no-build --project src/DiplomacyData.Cli -- release shipped-ids --output data/release/shipped-ids.tsv
