using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>A JSON Lines export read back with System.Text.Json: one parsed object per line.</summary>
internal static class JsonLinesFile
{
    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<JsonObject> Read(string path)
    {
        var text = File.ReadAllText(path);
        text.ShouldEndWith("\n");
        return text.Split('\n')
            .SkipLast(1)
            .Select((line, i) => JsonNode.Parse(line) as JsonObject ?? throw new InvalidDataException($"{path} line {i + 1} is not an object"))
            .ToList();
    }

    /// <summary>The same text for equal objects with keys in the same order; a readable failure message otherwise.</summary>
    public static string Canonicalize(JsonNode? node) => node?.ToJsonString(Canonical) ?? "null";
}
