using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// docs/exports.md documents every exported file, every column and key, and its type; these tests read
/// the files back and hold docs/exports.md and the export specification to them, so the documentation cannot drift
/// from the export. The flat tables' sections are written from <see cref="ExportTables"/> (see
/// <see cref="ExportTablesReadmeTests"/>); the nested JSON files' sections are read from docs/exports.md here.
/// </summary>
public partial class SchemaDocumentationTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private static readonly Lazy<Dictionary<string, List<(string Name, string Type)>>> Documented = new(ReadReadme);

    [Fact]
    public void Every_exported_file_has_a_schema_section_and_every_section_a_file()
    {
        var exported = Directory.GetFiles(export.Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(export.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Documented.Value.Keys
            .Concat(ExportTables.All.SelectMany(t => new[] { $"csv/{t.Name}.csv", $"parquet/{t.Name}.parquet" }))
            .Append("datapackage.json")
            .Order(StringComparer.Ordinal)
            .ShouldBe(exported);
    }

    [Fact]
    public void Csv_headers_are_the_specified_columns_in_order_and_values_have_the_specified_types()
    {
        foreach (var table in ExportTables.All)
        {
            var file = $"csv/{table.Name}.csv";
            var csv = CsvFile.Read(export.PathOf(file));
            csv.Header.ShouldBe(table.Columns.Select(c => c.Name), $"{file}: header against the specification");
            foreach (var row in csv.Rows)
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var column = table.Columns[i];
                    CheckCsvValue(file, column.Name, column.Type.TableSchema() + (column.Nullable ? "?" : ""), row[i]);
                }
            }
        }
    }

    [Fact]
    public void Json_lines_keys_are_the_documented_keys_and_values_have_the_documented_types()
    {
        foreach (var (file, keys) in Documented.Value.Where(d => d.Key.EndsWith(".jsonl", StringComparison.Ordinal)))
        {
            var records = JsonLinesFile.Read(export.PathOf(file));
            var types = keys.ToDictionary(k => k.Name, k => k.Type, StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                record.Select(p => p.Key).ShouldBe(keys.Where(k => !k.Name.Contains('.', StringComparison.Ordinal)).Select(k => k.Name), $"{file}: top-level keys against docs/exports.md");
                foreach (var (key, value) in JsonKeys.Flatten(record))
                {
                    types.ShouldContainKey(key, $"{file}: key {key} is not documented");
                    CheckJsonValue(file, key, types[key], value);
                    seen.Add(key);
                }
            }

            keys.Select(k => k.Name).Where(k => !seen.Contains(k)).ShouldBeEmpty($"{file}: documented keys that no record has");
        }
    }

    private static void CheckCsvValue(string file, string column, string type, string? value)
    {
        var because = $"{file}.{column} = '{value}' (documented {type})";
        if (value is null)
        {
            type.EndsWith('?').ShouldBeTrue(because);
            return;
        }

        switch (type.TrimEnd('?'))
        {
            case "integer":
                int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _).ShouldBeTrue(because);
                break;
            case "date":
                DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _).ShouldBeTrue(because);
                break;
            case "number":
                double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _).ShouldBeTrue(because);
                break;
            case "boolean":
                value.ShouldBeOneOf(["true", "false"], because);
                break;
            case "string":
                break;
            default:
                throw new ShouldAssertException($"{file}.{column}: unknown CSV type '{type}' in docs/exports.md");
        }
    }

    private static void CheckJsonValue(string file, string key, string type, JsonNode? value)
    {
        var because = $"{file}: {key} = {JsonLinesFile.Canonicalize(value)} (documented {type})";
        if (value is null)
        {
            type.EndsWith('?').ShouldBeTrue(because);
            return;
        }

        var kind = value.GetValueKind();
        switch (type.TrimEnd('?'))
        {
            case "string":
                kind.ShouldBe(JsonValueKind.String, because);
                break;
            case "date":
                kind.ShouldBe(JsonValueKind.String, because);
                DateOnly.TryParseExact((string)value!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _).ShouldBeTrue(because);
                break;
            case "integer":
                kind.ShouldBe(JsonValueKind.Number, because);
                value.GetValue<JsonElement>().TryGetInt64(out _).ShouldBeTrue(because);
                break;
            case "number":
                kind.ShouldBe(JsonValueKind.Number, because);
                break;
            case "boolean":
                kind.ShouldBeOneOf([JsonValueKind.True, JsonValueKind.False], because);
                break;
            case "object":
                kind.ShouldBe(JsonValueKind.Object, because);
                break;
            case "object[]":
                kind.ShouldBe(JsonValueKind.Array, because);
                value.AsArray().ShouldAllBe(item => item is JsonObject, because);
                break;
            case "string[]":
                kind.ShouldBe(JsonValueKind.Array, because);
                value.AsArray().ShouldAllBe(item => item != null && item.GetValueKind() == JsonValueKind.String, because);
                break;
            case "string?[]":
                kind.ShouldBe(JsonValueKind.Array, because);
                value.AsArray().ShouldAllBe(item => item == null || item.GetValueKind() == JsonValueKind.String, because);
                break;
            default:
                throw new ShouldAssertException($"{file}: unknown JSON type '{type}' for {key} in docs/exports.md");
        }
    }

    /// <summary>docs/exports.md's "#### `file`" sections and the first two cells (`name`, type) of their tables' rows.</summary>
    private static Dictionary<string, List<(string Name, string Type)>> ReadReadme()
    {
        var sections = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        List<(string, string)>? current = null;
        foreach (var line in File.ReadLines(Repository.PathOf("docs", "exports.md")))
        {
            if (line.StartsWith('#'))
            {
                var heading = SchemaHeading().Match(line);
                current = heading.Success ? sections[heading.Groups[1].Value] = new List<(string, string)>() : null;
                continue;
            }

            var row = SchemaRow().Match(line);
            if (current is not null && row.Success)
            {
                current.Add((row.Groups[1].Value, row.Groups[2].Value.Trim()));
            }
        }

        sections.ShouldNotBeEmpty("docs/exports.md has no schema sections");
        return sections;
    }

    [GeneratedRegex(@"^#### `([a-z]+/[a-z_]+\.(?:csv|jsonl|json))`$")]
    private static partial Regex SchemaHeading();

    [GeneratedRegex(@"^\| `([^`]+)` \| ([^|]+) \|")]
    private static partial Regex SchemaRow();
}
