#!/usr/bin/env bash
# Rewrites shipped-ids.tsv with the typed handles of the data as it is now: run it when you cut a data
# release (data/CURATING.md), after the changelog entry. It builds src/DiplomacyData and copies the handle
# lines the generator writes into TypedHandles.g.cs under obj/.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=data/release/shipped-ids.tsv
[ -f "$out" ] || : > "$out"   # the first release: nothing shipped before it
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
if ! log=$(dotnet build src/DiplomacyData -nodeReuse:false -nologo 2>&1); then echo "$log" | grep -E "error" >&2; echo "the build failed: fix the errors first" >&2; exit 1; fi
generated=src/DiplomacyData/obj/Debug/net8.0/generated/DiplomacyData.Generators/DiplomacyData.Generators.DatasetGenerator/TypedHandles.g.cs
{
  echo "# The typed handles of the last data release (data/CHANGELOG.md): handle, then id, one per line."
  echo "# Ids are public API: a handle listed here whose record is gone fails the build (DD0504) unless it is"
  echo "# retired in retired-ids.tsv. Written by update-shipped-ids.sh when a release is cut; do not edit by hand."
  sed -n 's|^// handle ||p' "$generated"
} > "$out"
echo "$(grep -vc '^#' "$out") handles written to $out"
