using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Checks a PLOVER event record against the manual's field tables: every field of each table is written
/// (null when unknown), the required ones have a value, each value has the shape the manual's content
/// describes, the manual's fields keep its order, and any other key is one of the fields this dataset adds
/// (the manual allows named fields beyond its own). Returns the problems found, so that a test can show the
/// check rejects records that break the manual as well as pass those that follow it.
/// </summary>
internal static partial class PloverManualConformance
{
    /// <summary>Our own fields, by table; docs/exports.md marks each as ours.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Extensions = new Dictionary<string, string[]>
    {
        [PloverManualFields.Record] = ["title", "kind", "status", "precision", "cameo"],
        [PloverManualFields.Entity] = ["person_id", "organization_id", "part"],
        [PloverManualFields.Location] = ["venue"],
        [PloverManualFields.Citation] = [],
        [PloverManualFields.Text] = [],
    };

    public static List<string> Problems(JsonObject record)
    {
        var problems = new List<string>();
        var id = record["id"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? (string)value! : "(no id)";
        CheckObject(record, PloverManualFields.Record, id, problems);
        foreach (var list in new[] { "actor", "recipient" })
        {
            if (record[list] is JsonArray entities)
            {
                foreach (var (entity, i) in entities.Select((e, i) => (e, i)))
                {
                    if (entity is JsonObject obj)
                    {
                        CheckObject(obj, PloverManualFields.Entity, $"{id}.{list}[{i}]", problems);
                    }
                }
            }
        }

        foreach (var (field, table) in new[] { ("event_loc", PloverManualFields.Location), ("cite_info", PloverManualFields.Citation), ("text_info", PloverManualFields.Text) })
        {
            if (record[field] is JsonObject obj)
            {
                CheckObject(obj, table, $"{id}.{field}", problems);
            }
        }

        return problems;
    }

    private static void CheckObject(JsonObject obj, string table, string where, List<string> problems)
    {
        var fields = PloverManualFields.Of(table);
        var manualNames = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!obj.TryGetPropertyValue(field.Name, out var value))
            {
                problems.Add($"{where}: the manual's field '{field.Name}' ({table}) is missing");
                continue;
            }

            if (value is null)
            {
                if (field.IsRequired)
                {
                    problems.Add($"{where}: '{field.Name}' is required by the manual and is null");
                }

                continue;
            }

            if (!HasShape(value, field.Shape))
            {
                problems.Add($"{where}: '{field.Name}' = {value.ToJsonString()} does not have the shape {field.Shape} ({field.Content})");
            }
        }

        foreach (var key in obj.Select(p => p.Key).Where(k => !manualNames.Contains(k)))
        {
            if (!Extensions[table].Contains(key))
            {
                problems.Add($"{where}: '{key}' is neither a field of the manual's {table} nor one of the dataset's own");
            }
        }

        var order = obj.Select(p => p.Key).Where(manualNames.Contains).ToList();
        var expected = fields.Select(f => f.Name).Where(order.Contains).ToList();
        if (!order.SequenceEqual(expected))
        {
            problems.Add($"{where}: fields not in the manual's order: {string.Join(", ", order)}");
        }
    }

    private static bool HasShape(JsonNode value, string shape)
    {
        if (shape.EndsWith("|array", StringComparison.Ordinal))
        {
            var single = shape[..^"|array".Length];
            return value is JsonArray items ? items.All(item => item is null || HasShape(item, single)) : HasShape(value, single);
        }

        var kind = value.GetValueKind();
        var code = CodeShape().Match(shape);
        if (code.Success)
        {
            return kind == JsonValueKind.String && Regex.IsMatch((string)value!, $"^[A-Z]{{{code.Groups[1].Value}}}$");
        }

        return shape switch
        {
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "integer" => kind == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetInt64(out _),
            "number" => kind == JsonValueKind.Number,
            "latitude" => kind == JsonValueKind.Number && Math.Abs(value.GetValue<double>()) <= 90,
            "longitude" => kind == JsonValueKind.Number && Math.Abs(value.GetValue<double>()) <= 180,
            "date" => kind == JsonValueKind.String && DateOnly.TryParseExact((string)value!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "time" => kind == JsonValueKind.String && IsoTime().IsMatch((string)value!),
            "language" => kind == JsonValueKind.String && Regex.IsMatch((string)value!, "^[a-z]{2}$"),
            "object" => value is JsonObject,
            "object[]" => value is JsonArray objects && objects.All(item => item is JsonObject),
            "string[]" => value is JsonArray strings && strings.All(item => item is not null && item.GetValueKind() == JsonValueKind.String),
            _ => throw new InvalidOperationException($"unknown shape '{shape}' in {PloverManualFields.PathOf}"),
        };
    }

    [GeneratedRegex(@"^code\((\d+)\)$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"^\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:\d{2})?)?$")]
    private static partial Regex IsoTime();
}
