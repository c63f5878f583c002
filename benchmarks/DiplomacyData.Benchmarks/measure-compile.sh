#!/usr/bin/env bash
# Builds the package from synthetic datasets of each size and reports build time, peak memory (the build's
# largest process: the compiler runs in-process, no build server), DLL size and the largest method's IL.
# Usage: benchmarks/DiplomacyData.Benchmarks/measure-compile.sh [sizes…]   (default: 10 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10 1000 10000 100000}")
[ $# -eq 0 ] && sizes=(10 1000 10000 100000)
work=artifacts/compile-bench
mkdir -p "$work"
dotnet build benchmarks/DiplomacyData.Benchmarks -c Release -v:q -nologo > /dev/null
tool=benchmarks/DiplomacyData.Benchmarks/bin/Release/net10.0/DiplomacyData.Benchmarks.dll
echo "| engagements | build time | peak memory | DLL size | largest method (IL) |"
echo "| ---: | ---: | ---: | ---: | --- |"
for n in "${sizes[@]}"; do
  dotnet "$tool" write-synthetic "$work/data-$n" "$n" > /dev/null
  # --no-incremental: MSBuild does not notice that the data folder changed.
  /usr/bin/time -f "%e %M" -o "$work/time-$n" dotnet build src/DiplomacyData -c Release --no-incremental -v:q -nologo \
    -p:DiplomacyDataDirectory="$PWD/$work/data-$n" -p:UseSharedCompilation=false --disable-build-servers \
    -p:IntermediateOutputPath="$PWD/$work/obj-$n/" -o "$work/out-$n" > "$work/build-$n.log" 2>&1
  read -r seconds kilobytes < "$work/time-$n"
  bytes=$(stat -c %s "$work/out-$n/DiplomacyData.dll")
  largest=$(dotnet "$tool" largest-method "$work/out-$n/DiplomacyData.dll")
  printf "| %s | %s s | %s MB | %s MB | %s |\n" "$n" "$seconds" "$((kilobytes / 1024))" "$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")" "${largest#largest method: }"
done
