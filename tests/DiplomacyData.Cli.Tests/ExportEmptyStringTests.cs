using System.IO;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The tool's README promises that unknown values are JSON null and an empty CSV field, and that the dataset has no
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
