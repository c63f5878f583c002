#!/usr/bin/env bash
# Builds the package from synthetic datasets of each size and reports build time, peak memory (the build's
# largest process: the compiler runs in-process, no build server), DLL size and the largest method's IL.
# With --breakdown first, each build also reports where its time goes: the generator's own time (the compiler's
# -p:ReportAnalyzer=true report), the compiler task's (Csc, which includes the generator) and the whole build's
# (MSBuild's performance summary); what is left of the build beside Csc is MSBuild's and the other tasks'.
# Usage: benchmarks/DiplomacyData.Benchmarks/measure-compile.sh [--breakdown] [sizes…]   (default: 10 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
breakdown=false
if [ "${1:-}" = "--breakdown" ]; then breakdown=true; shift; fi
sizes=("$@")
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
  report=()
  $breakdown && report=(-p:ReportAnalyzer=true -v:d "-clp:PerformanceSummary")
  /usr/bin/time -f "%e %M" -o "$work/time-$n" dotnet build src/DiplomacyData -c Release --no-incremental -v:q -nologo \
    -p:DiplomacyDataDirectory="$PWD/$work/data-$n" -p:UseSharedCompilation=false --disable-build-servers \
    -p:IntermediateOutputPath="$PWD/$work/obj-$n/" -o "$work/out-$n" "${report[@]}" > "$work/build-$n.log" 2>&1
  read -r seconds kilobytes < "$work/time-$n"
  bytes=$(stat -c %s "$work/out-$n/DiplomacyData.dll")
  largest=$(dotnet "$tool" largest-method "$work/out-$n/DiplomacyData.dll")
  printf "| %s | %s s | %s MB | %s MB | %s |\n" "$n" "$seconds" "$((kilobytes / 1024))" "$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")" "${largest#largest method: }"
  if $breakdown; then
    # The DiplomacyData project's lines only (the generator project is built first, with its own Csc).
    echo "  generator (ReportAnalyzer): $(grep -m1 -A3 'Total generator execution time' "$work/build-$n.log" | grep -m1 'DatasetGenerator' | sed 's/^ *//' || true)"
    echo "  $(grep -m1 'Total generator execution time' "$work/build-$n.log" | sed 's/^ *//' || true)"
    echo "  Csc tasks, together: $(grep -E '^ +[0-9]+ ms +Csc ' "$work/build-$n.log" | tail -1 | sed 's/^ *//' || true)"
    echo "  build, as MSBuild counts it: $(grep -m1 'Time Elapsed' "$work/build-$n.log" | sed 's/^ *//' || true)"
  fi
done
