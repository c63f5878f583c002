using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyData.Cli.Statistics;

/// <summary>
/// The statistics as one JSON object (snake_case keys, the same order every time) for scripts:
/// <c>{"version", "data_version", "content_hash", "records": {...}, "by_kind": {...}, "by_status", "by_year", "by_country", "by_person"}</c>.
/// </summary>
internal static class StatisticsJson
{
    public static string Write(DatasetStatistics statistics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", statistics.Version);
            json.WriteString("data_version", statistics.DataVersion);
            json.WriteString("content_hash", statistics.ContentHash);
            Section(json, "records", statistics.Records);
            Section(json, "by_kind", statistics.ByKind);
            Section(json, "by_status", statistics.ByStatus);
            Section(json, "by_year", statistics.ByYear);
            Section(json, "by_country", statistics.ByCountry);
            Section(json, "by_person", statistics.ByPerson);
            json.WriteEndObject();
        }

        // Utf8JsonWriter indents with the platform's newline on .NET 8; the output is '\n' everywhere.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n");
    }

    private static void Section(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
