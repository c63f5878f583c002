using System.Text;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// An empty or white-space-only value is DD0107 wherever it stands: in every string field of every kind of
/// record, nullable or not, inside lists and nested records, and for values of other types as well.
/// </summary>
public class EmptyValueTests
{
    [Theory]
    [InlineData("    title: Test article\n", "    title: Test article\n    publishedNote: \"\"\n", "\"\"", "'publishedNote' of source 'test-source' is an empty string")]
    [InlineData("    title: Test article\n", "    title: Test article\n    dateline: ''\n", "''", "'dateline' of source 'test-source' is an empty string")]
    [InlineData("    precision: day\n", "    precision: day\n    dateNote: ''\n", "''", "'dateNote' of engagement 'lavrov-araghchi-talks-2025-04-18' is an empty string")]
    [InlineData("    topics: [jcpoa]\n", "    topics: [jcpoa]\n    notes: \"\"\n", "\"\"", "'notes' of engagement")]
    [InlineData("        part: visitor\n", "        part: visitor\n        reportedTitle: \"\"\n", "\"\"", "'reportedTitle' of the participant under 'participants'")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: \"   \"\n", "\"   \"", "'title' of engagement 'lavrov-araghchi-talks-2025-04-18' is only white space")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: \"\\t\\n\"\n", "\"\\t", "is only white space")]
    [InlineData("aliases: [Sergei Lavrov]", "aliases: [Sergei Lavrov, '']", "''", "an item of 'aliases' of person 'sergey-lavrov' is an empty string")]
    [InlineData("          - \"Lavrov met Araghchi in Moscow on Friday.\"\n", "          - \"Lavrov met Araghchi in Moscow on Friday.\"\n          - ' '\n", "' '", "an item of 'evidence'")]
    [InlineData("      family: Lavrov\n", "      family: Lavrov\n      native: \"\"\n", "\"\"", "'native' of the person name under 'name' of person 'sergey-lavrov'")]
    [InlineData("    publisher: Test Agency\n", "    publisher: ''\n", "''", "give a value, or write ~ when there is none")]
    [InlineData("    date: 2025-04-18\n", "    date: ''\n", "''", "'date' of engagement")]
    [InlineData("    kind: meeting\n", "    kind: \"\"\n", "\"\"", "'kind' of engagement")]
    [InlineData("        part: host\n", "        part: ' '\n", "' '", "'part' of the participant")]
    [InlineData("person: sergey-lavrov\n", "person: ''\n", "''", "'person' of the participant")]
    [InlineData("    url: https://example.org/article\n", "    url: ''\n", "''", "'url' of source 'test-source'")]
    [InlineData("    topics: [jcpoa]\n", "    topics: [jcpoa, '']\n", "''", "an item of 'topics'")]
    public void Empty_or_blank_value_is_DD0107_at_the_value(string original, string replacement, string needle, string messageContains)
    {
        var dataset = MiniDataset.With(original, replacement);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0107", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), needle);
        diagnostic.GetMessage().ShouldContain(messageContains);
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("  - id: jcpoa\n", "  - id: ''\n", "''")]
    [InlineData("  - id: jcpoa\n", "  - id: \"  \"\n", "\"  \"")]
    public void Record_with_an_empty_id_is_reported_not_dropped_in_silence(string original, string replacement, string needle)
    {
        var dataset = MiniDataset.With(original, replacement).With("    topics: [jcpoa]\n", "    topics: []\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0107", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), needle).GetMessage().ShouldContain("'id' of a topic");
        run.Errors.Select(e => e.Id).ShouldBe(["DD0107"]);
    }

    [Fact]
    public void Null_item_in_a_list_names_the_item()
    {
        var dataset = MiniDataset.With("aliases: [Sergei Lavrov]", "aliases: [Sergei Lavrov, ~]");

        dataset.Run().ShouldReportAt("DD0107", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "~]")
            .GetMessage().ShouldContain("an item of 'aliases' of person 'sergey-lavrov' is null");
    }

    /// <summary>
    /// Driven by the schema the generator reads from the model records: one record of every kind, in which
    /// every string field (nullable or not, nested, in lists) is <c>""</c>, must give one DD0107 per field, at
    /// its value. A string field added to the model is covered without touching this test.
    /// </summary>
    [Fact]
    public void Every_string_field_of_every_kind_of_record_rejects_an_empty_string()
    {
        var schema = SchemaOfTheModel();
        var yaml = new SchemaYaml(schema);
        foreach (var entity in schema.Entities)
        {
            yaml.Record(entity);
        }

        yaml.Expected.Count.ShouldBeGreaterThan(30, "the model has dozens of string fields; the writer must have visited them");
        var path = "/repo/data/every-string.yaml";
        var run = GeneratorHarness.Run([(path, yaml.Text)]);

        var reported = run.GeneratorDiagnostics
            .Where(d => d.Id == "DD0107")
            .Select(d => d.Location.GetLineSpan())
            .Select(span => (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1))
            .OrderBy(p => p)
            .ToList();
        reported.ShouldBe(yaml.Expected.OrderBy(p => p).ToList(), yaml.Text);
        run.CompilationErrors.ShouldBeEmpty();
    }

    private static DatasetSchema SchemaOfTheModel()
    {
        var run = new MiniDataset().Run(trackSteps: true);
        return (DatasetSchema)run.Result.Results.Single().TrackedSteps[TrackingNames.Schema].Single().Outputs.Single().Value;
    }

    /// <summary>Writes one record of a kind in block YAML, every string an empty string, and notes where each stands.</summary>
    private sealed class SchemaYaml(DatasetSchema schema)
    {
        private const string Id = "x";
        private readonly StringBuilder _text = new();
        private int _line;

        public List<(int Line, int Column)> Expected { get; } = [];

        public string Text => _text.ToString();

        public void Record(RecordSchema entity)
        {
            Line(entity.Entity!.Collection + ":");
            Members(entity, indent: 4, dash: true, isEntity: true, depth: 0);
        }

        private void Members(RecordSchema record, int indent, bool dash, bool isEntity, int depth)
        {
            depth.ShouldBeLessThan(8, "value records do not nest this deep");
            var first = true;
            foreach (var member in record.Members.Where(m => m.Type.Kind != ValueKind.Unsupported))
            {
                var prefix = first && dash ? new string(' ', indent - 2) + "- " : new string(' ', indent);
                first = false;
                if (isEntity && member.ParameterName == "Id")
                {
                    // Every record is "x": references resolve, and the id's own emptiness is tested above.
                    Line(prefix + member.YamlKey + ": " + Id);
                    continue;
                }

                var nested = member.Type.Kind == ValueKind.Named ? schema.FindRecord(member.Type.MetadataName) : null;
                var valueRecord = nested is { Entity: null } ? nested : null;
                if (member.Type.IsList)
                {
                    Line(prefix + member.YamlKey + ":");
                    if (valueRecord is not null)
                    {
                        Members(valueRecord, indent + 4, dash: true, isEntity: false, depth + 1);
                    }
                    else
                    {
                        Scalar(new string(' ', indent + 2) + "- ", member.Type);
                    }
                }
                else if (valueRecord is not null)
                {
                    Line(prefix + member.YamlKey + ":");
                    Members(valueRecord, indent + 2, dash: false, isEntity: false, depth + 1);
                }
                else
                {
                    Scalar(prefix + member.YamlKey + ": ", member.Type);
                }
            }
        }

        private void Scalar(string prefix, TypeShape type)
        {
            var value = type.Kind switch
            {
                ValueKind.String => "\"\"",
                ValueKind.Boolean => "false",
                ValueKind.Integer => "1",
                ValueKind.Number => "1.5",
                ValueKind.Date => "2020-01-01",
                ValueKind.Uri => "https://example.org/",
                ValueKind.Named when schema.FindEnum(type.MetadataName) is { } @enum => @enum.Members[0].YamlName,
                ValueKind.Named => Id,
                _ => throw new InvalidOperationException("unexpected kind " + type.Kind),
            };
            if (type.Kind == ValueKind.String)
            {
                Expected.Add((_line + 1, prefix.Length + 1));
            }

            Line(prefix + value);
        }

        private void Line(string text)
        {
            _text.Append(text).Append('\n');
            _line++;
        }
    }
}
