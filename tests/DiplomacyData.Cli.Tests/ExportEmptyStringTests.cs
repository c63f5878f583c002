using System.IO;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// docs/exports.md promises that unknown values are JSON null and an empty CSV field, and that the dataset has no
/// empty strings (the build rejects them, DD0107): so no exported JSON string is empty or blank, and an empty CSV
/// field can only mean null.
/// </summary>
public class ExportEmptyStringTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    [Fact]
    public void No_json_lines_file_holds_an_empty_or_blank_string()
    {
        var files = Directory.GetFiles(export.Root, "*.jsonl", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();

        var blank = new List<string>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                foreach (var (path, value) in Strings(JsonNode.Parse(line), "$"))
                {
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        blank.Add($"{Path.GetRelativePath(export.Root, file)}:{lineNumber} {path}");
                    }
                }
            }
        }

        blank.ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_csv_field_is_null_in_json_lines_and_only_then()
    {
        var tables = Directory.GetFiles(export.PathOf("csv"), "*.csv")
            .Where(csv => File.Exists(export.PathOf(Path.Combine("jsonl", Path.GetFileNameWithoutExtension(csv) + ".jsonl"))))
            .ToList();
        tables.Count.ShouldBeGreaterThan(5, "every kind of record has a CSV table and a JSON Lines file");

        var disagreements = new List<string>();
        var nulls = 0;
        foreach (var csvPath in tables)
        {
            var name = Path.GetFileNameWithoutExtension(csvPath);
            var records = File.ReadLines(export.PathOf(Path.Combine("jsonl", name + ".jsonl")))
                .Select(line => JsonNode.Parse(line)!.AsObject())
                .ToDictionary(o => (string)o["id"]!, StringComparer.Ordinal);
            var csv = CsvFile.Read(csvPath);
            var id = Array.IndexOf(csv.Header, "id");
            id.ShouldBeGreaterThanOrEqualTo(0, name);
            foreach (var row in csv.Rows)
            {
                var record = records[row[id]!];
                for (var i = 0; i < csv.Header.Length; i++)
                {
                    // Columns that are scalar fields of the record: lists and nested records have tables of their own.
                    if (!record.TryGetPropertyValue(csv.Header[i], out var value) || value is not (null or JsonValue))
                    {
                        continue;
                    }

                    nulls += value is null ? 1 : 0;
                    if ((row[i] is null) != (value is null))
                    {
                        disagreements.Add($"{name} {row[id]} {csv.Header[i]}: CSV {(row[i] is null ? "empty" : "'" + row[i] + "'")}, JSON {value?.ToJsonString() ?? "null"}");
                    }
                }
            }
        }

        disagreements.ShouldBeEmpty();
        nulls.ShouldBeGreaterThan(10, "the data has unknown values (publisher, city, end dates …) to compare");
    }

    private static IEnumerable<(string Path, string Value)> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    foreach (var item in Strings(value, path + "." + key))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in Strings(array[i], $"{path}[{i}]"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (path, text);
                break;
        }
    }
}
