#!/usr/bin/env bash
# Copies, from a clone of the YAML test suite (repository yaml/yaml-test-suite), what YamlTestSuiteTests needs:
# for every case of the `data` branch, its input (in.yaml) and, for a case the suite marks invalid, its empty
# `error` file. Case "2G84/01" becomes cases/2G84-01. Usage: vendor.sh <path of a clone or bare git dir> [commit]
set -euo pipefail
repo=$1
commit=${2:-data}
here=$(cd "$(dirname "$0")" && pwd)
resolved=$(git --git-dir="$repo" rev-parse "$commit^{commit}" 2>/dev/null || git -C "$repo" rev-parse "$commit^{commit}")
gitc() { git --git-dir="$repo" "$@" 2>/dev/null || git -C "$repo" "$@"; }

rm -rf "$here/cases"
mkdir -p "$here/cases"
gitc ls-tree -r --name-only "$resolved" | grep -E '^[0-9A-Z]{4}/([0-9]{2,3}/)?in\.yaml$' | while read -r input; do
  dir=${input%/in.yaml}
  case_id=${dir//\//-}
  mkdir -p "$here/cases/$case_id"
  gitc show "$resolved:$input" > "$here/cases/$case_id/in.yaml"
  if gitc cat-file -e "$resolved:$dir/error" 2>/dev/null; then
    : > "$here/cases/$case_id/error"
  fi
done

echo "$resolved" > "$here/COMMIT"
echo "$(find "$here/cases" -name in.yaml | wc -l) cases, $(find "$here/cases" -name error | wc -l) marked invalid, from $resolved"
