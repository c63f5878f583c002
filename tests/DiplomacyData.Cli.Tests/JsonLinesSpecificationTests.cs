using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// JSON Lines nests what the flat tables spread over columns, so its writer is its own; it is held to the export
/// specification here: every column of an entity table (<c>countries</c> … <c>engagements</c>) is in the JSON
/// record of the same id with the same value, as a key of its own name or, for a column named
/// <c>OBJECT_KEY</c>, as <c>OBJECT.KEY</c> of a nested object (<c>location_city</c> is <c>location.city</c>).
/// A field added to a table and not to the JSON Lines writer, or written differently, fails here.
/// </summary>
public class JsonLinesSpecificationTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    public static TheoryData<string> EntityTables() => new() { "countries", "organizations", "topics", "sources", "cameo_codes", "people", "engagements" };

    [Theory]
    [MemberData(nameof(EntityTables))]
    public void Every_column_of_the_entity_table_is_in_the_json_record_with_the_same_value(string name)
    {
        var table = ExportTables.Named(name);
        var records = JsonLinesFile.Read(export.PathOf($"jsonl/{name}.jsonl")).ToDictionary(r => (string)r["id"]!);
        var rows = table.Rows(Dataset.Compiled).ToList();
        records.Count.ShouldBe(rows.Count, name);

        foreach (var row in rows)
        {
            var record = records[(string)row[0]!];
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var (found, value) = Find(record, column.Name);
                found.ShouldBeTrue($"jsonl/{name}.jsonl has no key for column {column.Name}");
                Text(value).ShouldBe(Text(row[i]), $"jsonl/{name}.jsonl {row[0]}: {column.Name}");
            }
        }
    }

    /// <summary>The value for a column: its own key, or a nested object's key (<c>location_city</c> as <c>location.city</c>; a null object holds nulls).</summary>
    private static (bool Found, JsonNode? Value) Find(JsonObject record, string column)
    {
        if (record.TryGetPropertyValue(column, out var value))
        {
            return (true, value);
        }

        for (var cut = column.IndexOf('_', StringComparison.Ordinal); cut > 0; cut = column.IndexOf('_', cut + 1))
        {
            if (record.TryGetPropertyValue(column[..cut], out var parent) && (parent is null || parent is JsonObject))
            {
                if (parent is null)
                {
                    return (true, null);
                }

                if (((JsonObject)parent).TryGetPropertyValue(column[(cut + 1)..], out var nested))
                {
                    return (true, nested);
                }
            }
        }

        return (false, null);
    }

    private static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        null => null,
        JsonValueKind.String => (string)node!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => node!.GetValue<JsonElement>().TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : node.GetValue<JsonElement>().GetDouble().ToString("R", CultureInfo.InvariantCulture),
        var kind => $"<{kind}>",
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ShouldAssertException($"untested value type {value.GetType()}"),
    };
}
