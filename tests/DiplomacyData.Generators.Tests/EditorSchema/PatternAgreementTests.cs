using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Testing;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Tests.EditorSchema;

/// <summary>
/// Every pattern means the same in the build and in the editor's schema, which JSON Schema reads as ECMAScript: each
/// pattern of the committed schema and of the model runs over the same probes in Node.js (the ECMAScript engine
/// editors use, with the u flag as they do) and in the build, and the answers agree. Node.js is installed by
/// tests/run.sh.
/// </summary>
public class PatternAgreementTests
{
    /// <summary>
    /// Values that .NET and ECMAScript regular expressions read differently unless the build takes care: a final line
    /// break ($), digits of other scripts (\d), carriage returns and separators (.), invisible and white-space-only text.
    /// </summary>
    private static readonly string[] s_probes =
    [
        "Q159", "Q159\n", "Q159\r\n", "Q159\r", "Q159\u2028", "\nQ159", " Q159", "Q159 ", "q159", "Q0159", "Q1", "Q",
        "Q\u0661\u0665\u0669", "Q\u06F1\u06F5\u06F9", "Q\uFF11\uFF15\uFF19", "RUS", "RUS\n", "rus", "RU", "RUSS", "\uFF32\uFF35\uFF33",
        "2024-06-21", "2024-06-21\n", "\u0662\u0660\u0662\u0664-06-21", "24-06-21", "https://example.org/a", "https://example.org/a\n", "ftp://x",
        "", " ", "\t", "\n", "\u00A0", "\u200C", "\u200B\u200D", "\u2060 \u00AD", "\u200E", "\u202E", "\u3000", "\u180E", "\u3164", "\uFEFF",
        "a", "\u0645", "\u200C\u0645", "x\u200B", "\U0001F600", "\u0301", "-",
    ];

    public static TheoryData<string> ModelPatterns()
    {
        var data = new TheoryData<string>();
        foreach (var pattern in Schema().Records.SelectMany(r => r.Members).Select(m => m.Rule?.Pattern).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            data.Add(pattern);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelPatterns))]
    public void A_model_pattern_accepts_in_the_build_what_it_accepts_in_the_editor(string pattern)
    {
        var regex = EcmaScriptPattern.Translate(pattern).Regex.ShouldNotBeNull();
        var rule = new ValueRule(pattern, 0, 0, "x");

        var editor = EcmaScript(pattern);

        var disagreements = s_probes
            .Where(probe => ValueRules.Allows(rule, probe) != editor[probe] || regex.IsMatch(probe) != editor[probe])
            .Select(probe => $"{Show(probe)}: build {ValueRules.Allows(rule, probe)}, editor {editor[probe]}");
        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void The_schemas_pattern_for_text_accepts_what_the_build_takes_for_a_value()
    {
        var editor = EcmaScript(EditorSchemaWriter.NonBlankPattern);

        var disagreements = s_probes
            .Where(probe => HiddenCharacters.IsBlank(probe) == editor[probe])
            .Select(probe => $"{Show(probe)}: blank in the build {HiddenCharacters.IsBlank(probe)}, accepted by the editor {editor[probe]}");
        disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void Every_pattern_of_the_committed_schema_is_one_the_build_reads_alike()
    {
        var committed = JsonNode.Parse(File.ReadAllText(Repository.PathOf(EditorSchemaWriter.RelativePath)))!;
        var patterns = Patterns(committed).Distinct(StringComparer.Ordinal).ToList();
        var model = Schema().Records.SelectMany(r => r.Members).Select(m => m.Rule?.Pattern).OfType<string>().ToHashSet(StringComparer.Ordinal);

        patterns.ShouldNotBeEmpty();
        foreach (var pattern in patterns)
        {
            // A model rule, the build's rule for text, or a shape the build checks with its own reader (a date, an
            // address): each of those the editor rejects, the build rejects too.
            if (model.Contains(pattern) || pattern == EditorSchemaWriter.NonBlankPattern)
            {
                continue;
            }

            var editor = EcmaScript(pattern);
            foreach (var probe in s_probes.Where(probe => !editor[probe]))
            {
                BuildAccepts(pattern, probe).ShouldBeFalse($"the editor rejects {Show(probe)} by '{pattern}', the build takes it");
            }
        }
    }

    /// <summary>The build's own reading of the values those shapes stand for.</summary>
    private static bool BuildAccepts(string pattern, string probe) => pattern switch
    {
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => IsoDay.TryParse(probe, out _),
        "^https?://" => Uri.TryCreate(probe, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && probe.StartsWith(uri.Scheme + "://", StringComparison.Ordinal),
        _ => throw new ShouldAssertException($"the committed schema has a pattern '{pattern}' this test does not know the build's reading of"),
    };

    private static IEnumerable<string> Patterns(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "pattern" && p.Value is JsonValue value ? [value.GetValue<string>()] : Patterns(p.Value)),
        JsonArray array => array.SelectMany(Patterns),
        _ => [],
    };

    private static DatasetSchema Schema()
    {
        var run = new MiniDataset().Run(trackSteps: true);
        return run.Result.Results[0].TrackedSteps[TrackingNames.Schema].Single().Outputs.Single().Value.ShouldBeOfType<DatasetSchema>();
    }

    /// <summary>Each probe's answer from Node.js's <c>new RegExp(pattern, 'u').test(probe)</c>.</summary>
    private static Dictionary<string, bool> EcmaScript(string pattern)
    {
        var folder = Directory.CreateTempSubdirectory("pattern-agreement-").FullName;
        try
        {
            var input = Path.Combine(folder, "input.json");
            File.WriteAllText(input, JsonSerializer.Serialize(new { pattern, probes = s_probes }));
            File.WriteAllText(Path.Combine(folder, "test.mjs"), """
                import { readFileSync } from 'node:fs';
                const { pattern, probes } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
                const regex = new RegExp(pattern, 'u');
                process.stdout.write(JSON.stringify(probes.map(p => regex.test(p))));
                """);
            var outcome = ProcessRunner.Run("node", folder, new Dictionary<string, string>(), "test.mjs", input);
            outcome.ExitCode.ShouldBe(0, $"Node.js is needed (tests/run.sh installs it): {outcome}");
            var answers = JsonSerializer.Deserialize<bool[]>(outcome.Out)!;
            return s_probes.Select((probe, i) => (probe, answers[i])).ToDictionary(p => p.probe, p => p.Item2, StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Show(string probe) => "\"" + VisibleText.Of(probe) + "\"";
}
