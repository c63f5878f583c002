using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using Json.Schema;

namespace DiplomacyData.Generators.Tests.EditorSchema;

/// <summary>
/// The editor's JSON Schema (data/schema/dataset.schema.json) is the generator's schema and the data's ids, written
/// out: it must be current, every data file must pass it, and what the build rejects the editor must reject too.
/// </summary>
public class EditorSchemaTests
{
    private static readonly Lazy<(string Schema, List<string> DataFiles)> s_real = new(() =>
    {
        var files = Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories)
            .Where(path => ReadStage.IsDatasetFile(path) || ReadStage.IsArchivedText(path)
                || Release.ReleaseFiles.IsReleaseFile(path, Release.Changelog.FileName))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        return (SchemaOf(GeneratorHarness.Run(files, trackSteps: true)), files.Where(f => ReadStage.IsDatasetFile(f.path)).Select(f => f.path).ToList());
    });

    private static string CommittedPath => Repository.PathOf(EditorSchemaWriter.RelativePath);

    [Fact]
    public void The_committed_schema_is_the_one_the_model_and_the_data_give()
    {
        var current = s_real.Value.Schema;
        if (Environment.GetEnvironmentVariable(EditorSchemaWriter.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
            File.WriteAllText(CommittedPath, current);
        }

        File.Exists(CommittedPath).ShouldBeTrue($"{CommittedPath} is missing; write it with: {EditorSchemaWriter.UpdateCommand}");
        File.ReadAllText(CommittedPath).ReplaceLineEndings("\n").ShouldBe(current, $"data/schema/dataset.schema.json is stale (the model or the ids in the data changed); regenerate it with: {EditorSchemaWriter.UpdateCommand}");
    }

    [Fact]
    public void Every_data_file_passes_the_committed_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(CommittedPath));
        var files = s_real.Value.DataFiles;
        files.Count.ShouldBeGreaterThan(5);

        var errors = files.SelectMany(path => Errors(schema, File.ReadAllText(path)).Select(e => Path.GetRelativePath(Repository.Root, path) + ": " + e)).ToList();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_lists_the_keys_enum_values_and_ids_the_generator_knows()
    {
        var schema = JsonNode.Parse(File.ReadAllText(CommittedPath))!;
        var definitions = schema["definitions"]!;

        schema["$schema"]!.GetValue<string>().ShouldBe(EditorSchemaWriter.Draft);
        schema["properties"]!.AsObject().Select(p => p.Key).ShouldContain("engagements");
        definitions["Engagement"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain("precision");
        definitions["Engagement"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldNotContain("notes");
        definitions["EngagementKind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain("phone-call");
        definitions["PersonId"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain("sergey-lavrov");
        definitions["Participant"]!["properties"]!["person"]!["allOf"]![0]!["$ref"]!.GetValue<string>().ShouldBe("#/definitions/PersonId");
        definitions["Engagement"]!["properties"]!["date"]!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_mini_dataset_passes_its_own_schema()
    {
        var (schema, _) = MiniSchema();

        Errors(schema, MiniDataset.Yaml).ShouldBeEmpty();
    }

    /// <summary>A fault of each kind the schema can see: the schema rejects it, and so does the build.</summary>
    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "unknown key", "    title: Lavrov and Araghchi hold talks\n", "    title: Lavrov and Araghchi hold talks\n    venu: Moscow\n" },
        { "missing required key", "    status: happened\n", "" },
        { "nullable key left out", "    publisher: Test Agency\n", "" },
        { "null where a value is required", "    status: happened\n", "    status: ~\n" },
        { "unknown enum value", "kind: meeting\n", "kind: meting\n" },
        { "reference to an id the data lacks", "- person: abbas-araghchi", "- person: abbas-aragchi" },
        { "reference in a list", "topics: [jcpoa]", "topics: [jcpoa, syria]" },
        { "empty string", "title: Test article", "title: ''" },
        { "blank string in a list", "aliases: [Sergei Lavrov]", "aliases: ['  ']" },
        { "pattern of [DatasetPattern]", "    alpha2: RU\n", "    alpha2: RU\n    wikidataId: Q0159\n" },
        { "range of [DatasetRange]", "    alpha2: RU\n", "    alpha2: RU\n    cowCode: 1365\n" },
        { "date not yyyy-MM-dd", "date: 2025-04-18", "date: 18 April 2025" },
        { "boolean written as text", "        from: 2004-03-09\n", "        from: 2004-03-09\n        acting: 'no'\n" },
        { "address not http(s)", "url: https://example.org/article", "url: example.org/article" },
        { "list where one value goes", "    precision: day\n", "    precision: [day]\n" },
        { "unknown top-level list", "topics:\n", "topic:\n" },
        { "code unquoted, a number to YAML 1.2", "cameoCodes: ['043']", "cameoCodes: [043]" },
        { "text unquoted, a number to YAML 1.2", "title: Test article", "title: 2024" },
        { "text unquoted, a boolean to YAML 1.2", "language: en", "language: true" },
        { "id unquoted, a number to YAML 1.2", "  - id: jcpoa\n", "  - id: 1e3\n" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_fails_the_schema_and_the_build(string fault, string original, string replacement)
    {
        var (schema, _) = MiniSchema();
        var bad = MiniDataset.With(original, replacement);

        Errors(schema, bad.Text(MiniDataset.DataPath)).ShouldNotBeEmpty(fault);
        bad.Run().GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldNotBeEmpty(fault);
    }

    [Fact]
    public void Stale_ids_are_caught_a_new_id_changes_the_schema()
    {
        var (before, _) = MiniSchemaText();
        var (after, _) = MiniSchemaText(MiniDataset.With("topics:\n", "topics:\n  - id: syria\n    name: Syria\n"));

        after.ShouldNotBe(before);
        after.ShouldContain("\"syria\"");
    }

    private static (JsonSchema Schema, string Text) MiniSchema()
    {
        var (text, _) = MiniSchemaText();
        return (JsonSchema.FromText(text), text);
    }

    private static (string Text, GeneratorRun Run) MiniSchemaText(MiniDataset? dataset = null)
    {
        var run = (dataset ?? new MiniDataset()).Run(trackSteps: true);
        return (SchemaOf(run), run);
    }

    private static string SchemaOf(GeneratorRun run)
    {
        var steps = run.Result.Results.Single().TrackedSteps;
        var schema = (DatasetSchema)steps[TrackingNames.Schema].Single().Outputs.Single().Value;
        var ids = (IdTable)steps[TrackingNames.IdTable].Single().Outputs.Single().Value;
        return EditorSchemaWriter.Write(schema, ids, GeneratorHarness.ModelCompilation());
    }

    private static List<string> Errors(JsonSchema schema, string yaml)
    {
        var instance = YamlJson.Convert(yaml);
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }
}
