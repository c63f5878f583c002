using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Diff;

/// <summary>
/// Reads the entity files of a <c>jsonl/</c> export, each record keyed by its table's primary key in the export
/// specification (<c>id</c>). A record's nested lists become fields by path with 1-based positions
/// (<c>participants[2].part</c>), the positions that the flat tables key their child rows by.
/// </summary>
internal static class JsonLinesSnapshot
{
    public static IReadOnlyList<SnapshotTable> Read(string folder)
    {
        var tables = new List<SnapshotTable>();
        var files = Directory.EnumerateFiles(folder, "*.jsonl").ToDictionary(path => Path.GetFileNameWithoutExtension(path), System.StringComparer.Ordinal);
        // In the specification's order, so that the output lists countries before the engagements that refer to them.
        var order = ExportTables.All.Select(t => t.Name).ToList();
        foreach (var (name, path) in files.OrderBy(f => order.IndexOf(f.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(f => f.Key, System.StringComparer.Ordinal))
        {
            var primaryKey = ExportTables.All.FirstOrDefault(t => t.Name == name)?.PrimaryKey ?? ["id"];
            tables.Add(ReadTable(path, name, primaryKey));
        }

        return tables;
    }

    private static SnapshotTable ReadTable(string path, string name, IReadOnlyList<string> primaryKey)
    {
        var rows = new Dictionary<RowKey, IReadOnlyDictionary<string, string?>>();
        var fields = new List<string>();
        var known = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var row = new Dictionary<string, string?>(System.StringComparer.Ordinal);
            Flatten(json.RootElement, null, row);
            foreach (var field in row.Keys.Where(known.Add))
            {
                fields.Add(field);
            }

            rows[new RowKey(primaryKey.Select(k => row.TryGetValue(k, out var value) ? value ?? string.Empty : string.Empty).ToList())] = row;
        }

        return new SnapshotTable(name, primaryKey, fields, rows);
    }

    private static void Flatten(JsonElement element, string? path, Dictionary<string, string?> row)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, path is null ? property.Name : path + "." + property.Name, row);
                }

                break;
            case JsonValueKind.Array:
                var position = 0;
                foreach (var item in element.EnumerateArray())
                {
                    position++;
                    Flatten(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{position}]"), row);
                }

                break;
            case JsonValueKind.String:
                row[path!] = element.GetString();
                break;
            case JsonValueKind.Null:
                row[path!] = null;
                break;
            default:
                // Numbers and booleans as the export wrote them.
                row[path!] = element.GetRawText();
                break;
        }
    }
}
