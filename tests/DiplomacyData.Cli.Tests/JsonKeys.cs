using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>The keys of a JSON document as docs/exports.md documents them.</summary>
internal static class JsonKeys
{
    /// <summary>
    /// Each key with its value, depth first: nested objects' keys dotted (<c>location.city</c>), the keys of an
    /// array's objects as <c>list[].key</c> (<c>roles[].title</c>).
    /// </summary>
    public static IEnumerable<(string Key, JsonNode? Value)> Flatten(JsonObject record, string prefix = "")
    {
        foreach (var (name, value) in record)
        {
            var key = prefix + name;
            yield return (key, value);
            var nested = value switch
            {
                JsonObject child => Flatten(child, key + "."),
                JsonArray array => array.OfType<JsonObject>().SelectMany(item => Flatten(item, key + "[].")),
                _ => [],
            };
            foreach (var inner in nested)
            {
                yield return inner;
            }
        }
    }
}
