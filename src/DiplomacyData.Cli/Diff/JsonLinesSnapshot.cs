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
        var shape = new Shape();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            using var json = Parse(path, number, line);
            var row = new Dictionary<string, string?>(System.StringComparer.Ordinal);
            Flatten(json.RootElement, null, string.Empty, row, shape);
            foreach (var field in row.Keys.Where(known.Add))
            {
                fields.Add(field);
            }

            rows[new RowKey(primaryKey.Select(k => row.TryGetValue(k, out var value) ? value ?? string.Empty : string.Empty).ToList())] = row;
        }

        return new SnapshotTable(name, primaryKey, fields, rows, shape.Columns, shape.Objects);
    }

    /// <summary>One line of the file as a record: a JSON object, or <see cref="ExitCodes.InvalidInput"/> naming the file and line.</summary>
    private static JsonDocument Parse(string path, int number, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException failure)
        {
            throw NotARecord(path, number, failure.Message);
        }

        if (json.RootElement.ValueKind is var kind && kind != JsonValueKind.Object)
        {
            json.Dispose();
            throw NotARecord(path, number, $"it is a JSON {kind.ToString().ToLowerInvariant()}, not an object");
        }

        return json;
    }

    private static CliException NotARecord(string path, int number, string why) =>
        new(ExitCodes.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"'{path}' line {number} is not a record as 'diplomacy export' writes one: {why}"));

    /// <param name="path">The value's path in the row, with list positions (<c>participants[2].part</c>); null for the record.</param>
    /// <param name="schema">The same path with every position written <c>[]</c>: the field of the specification.</param>
    private static void Flatten(JsonElement element, string? path, string schema, Dictionary<string, string?> row, Shape shape)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // An object that is there shows its keys, the ones whose value is null included.
                shape.Objects.Add(schema);
                foreach (var property in element.EnumerateObject())
                {
                    var key = schema.Length == 0 ? property.Name : schema + "." + property.Name;
                    shape.Add(key);
                    Flatten(property.Value, path is null ? property.Name : path + "." + property.Name, key, row, shape);
                }

                break;
            case JsonValueKind.Array:
                var position = 0;
                foreach (var item in element.EnumerateArray())
                {
                    position++;
                    Flatten(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{position}]"), schema + "[]", row, shape);
                }

                break;
            case JsonValueKind.String:
                row[path!] = element.GetString();
                break;
            case JsonValueKind.Null:
                row[path!] = null;
                break;
            case JsonValueKind.Number:
                row[path!] = NumberText.ByValue(element.GetRawText());
                break;
            default:
                // Booleans as the export wrote them.
                row[path!] = element.GetRawText();
                break;
        }
    }

    /// <summary>The keys the records of one file show, and the objects they belong to (<see cref="SnapshotTable.Columns"/>).</summary>
    private sealed class Shape
    {
        private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

        public List<string> Columns { get; } = new();

        public HashSet<string> Objects { get; } = new(System.StringComparer.Ordinal);

        public void Add(string column)
        {
            if (_seen.Add(column))
            {
                Columns.Add(column);
            }
        }
    }
}
