#!/usr/bin/env bash
# Rewrites data/schema/dataset.schema.json, the JSON Schema that gives editors completion and checks for the
# YAML files (data/CURATING.md, "Completion in the editor"), from the model records and the ids in the data, as
# the generator reads them. Run it after changing a model record or adding, renaming or removing an id; the
# test EditorSchemaTests fails while the committed file is stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DIPLOMACY_UPDATE_SCHEMA=1
dotnet test tests/DiplomacyData.Generators.Tests -nodeReuse:false --nologo \
  --filter "FullyQualifiedName~EditorSchemaTests.The_committed_schema_is_the_one_the_model_and_the_data_give"
echo "wrote data/schema/dataset.schema.json"
