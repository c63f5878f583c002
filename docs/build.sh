#!/usr/bin/env bash
# Builds the documentation site into artifacts/docs/site/ with docfx (pinned in .config/dotnet-tools.json): the API
# reference from the package's XML docs, the guides, a page per DD diagnostic and the benchmarks. Open its pages from
# disk, or serve it with `dotnet docfx serve artifacts/docs/site` for the navigation and search. The DD diagnostics'
# help links point into it until the site is published (DiplomacyDataDocs, Directory.Build.props).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

source=artifacts/docs/source
rm -rf "$source" artifacts/docs/site

dotnet tool restore

# The API reference is read from the package's assembly and its XML docs, generated types included.
dotnet build src/DiplomacyData -nodeReuse:false

# The site keeps the repository's layout, so that a relative link between Markdown files works alike on the code host
# and in the site. docfx reads one folder: the pages are copied into it where they lie, the README as the home page
# and docs/navbar.yml as the top bar. data/DIAGNOSTICS.md is not copied: it becomes a page per id (below).
pages=(
  docs/*.md docs/toc.yml docs/images/*.png
  data/CURATING.md data/CHANGELOG.md
  benchmarks/README.md benchmarks/LOG.md
  src/Shared/Unicode/Data/PROVENANCE.md src/Shared/Unicode/Data/LICENSE
  tests/DiplomacyData.Generators.Tests/YamlTestSuite/PROVENANCE.md tests/DiplomacyData.Generators.Tests/YamlTestSuite/LICENSE
)
mkdir -p "$source"
cp --parents "${pages[@]}" "$source"
cp README.md "$source/index.md"
cp docs/navbar.yml "$source/toc.yml"

# A page per DD diagnostic, from the generator's descriptor catalogue and each id's section of data/DIAGNOSTICS.md
# (an id without its section stops the build), and the pages' links into that file pointed at them.
dotnet run --project docs/DiplomacyData.Docs -- . "$source"

# Warnings are errors: a link to a file the site lacks is one.
dotnet docfx docs/docfx.json --warningsAsErrors
echo "docs: the site is in artifacts/docs/site/ (home: artifacts/docs/site/index.html)"
