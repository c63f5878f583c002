using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Export.DataPackage;

/// <summary>
/// <c>datapackage.json</c>: a Frictionless Data Package (v2) describing every file of one export run. Each file is
/// a resource with its path, format, media type, byte size and sha256; the CSV and Parquet tables also carry
/// their Table Schema (fields and types, required, <c>primaryKey</c>, <c>foreignKeys</c>), read from
/// <see cref="ExportTables"/>. The JSON Lines and PLOVER files are nested records and have no Table Schema.
/// </summary>
internal static class DataPackageWriter
{
    /// <summary>The file's name, at the root of the output folder.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The descriptor's custom property holding <c>Catalog.ContentHash</c>, by which <c>diplomacy diff</c> drafts a changelog entry.</summary>
    public const string ContentHashProperty = "contentHash";

    private const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the descriptor of <paramref name="files"/> (already written under <paramref name="directory"/>) of the release of <paramref name="data"/>.</summary>
    public static ExportedFile Write(Dataset data, string directory, IReadOnlyList<ExportedFile> files)
    {
        using (var stream = ExportText.Create(Path.Combine(directory, FileName)))
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Profile);
            json.WriteString("name", "diplomacydata");
            json.WriteString("title", "DiplomacyData: diplomatic engagements from news articles");
            json.WriteString("version", data.DataVersion);
            json.WriteString(ContentHashProperty, data.ContentHash);
            json.WriteStartArray("resources");
            foreach (var file in files)
            {
                WriteResource(json, directory, file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // The descriptor is text like the other files: end it with a newline.
        File.AppendAllText(Path.Combine(directory, FileName), "\n", ExportText.Utf8);
        return new ExportedFile(FileName, files.Count);
    }

    /// <summary>The resource name of an exported file: its folder and stem, <c>csv-people</c>, <c>plover-events</c>.</summary>
    public static string ResourceName(string relativePath) =>
        relativePath[..relativePath.LastIndexOf('.')].Replace('/', '-');

    private static void WriteResource(Utf8JsonWriter json, string directory, ExportedFile file)
    {
        var path = Path.Combine(directory, file.RelativePath);
        var (format, mediaType) = Path.GetExtension(file.RelativePath) switch
        {
            ".csv" => ("csv", "text/csv"),
            ".parquet" => ("parquet", "application/vnd.apache.parquet"),
            ".jsonl" => ("jsonl", "application/jsonl"),
            ".json" => ("json", "application/json"),
            var other => throw new InvalidOperationException($"no media type for '{other}'"),
        };
        json.WriteStartObject();
        json.WriteString("name", ResourceName(file.RelativePath));
        json.WriteString("path", file.RelativePath);
        if (file.Table is not null)
        {
            json.WriteString("type", "table");
        }

        json.WriteString("format", format);
        json.WriteString("mediatype", mediaType);
        if (format != "parquet")
        {
            json.WriteString("encoding", "utf-8");
        }

        json.WriteNumber("bytes", new FileInfo(path).Length);
        json.WriteString("hash", "sha256:" + Convert.ToHexString(Sha256(path)).ToLowerInvariant());
        if (file.Table is { } table)
        {
            json.WriteString("description", table.Description);
            WriteSchema(json, table, folder: file.RelativePath[..file.RelativePath.IndexOf('/')]);
        }

        json.WriteEndObject();
    }

    private static void WriteSchema(Utf8JsonWriter json, IExportTable table, string folder)
    {
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", column.Type.TableSchema());
            json.WriteString("description", column.Description);
            if (!column.Nullable)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        // An empty CSV field is null (the build rejects empty strings, DD0107), so "" is the one missing value.
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        json.WriteStartArray("primaryKey");
        foreach (var key in table.PrimaryKey)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        if (table.ForeignKeys.Count == 0)
        {
            // The profile wants at least one item when the property is present.
            json.WriteEndObject();
            return;
        }

        json.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            json.WriteStartObject();
            WriteStrings(json, "fields", key.Fields);
            json.WriteStartObject("reference");
            json.WriteString("resource", folder + "-" + key.Table);
            WriteStrings(json, "fields", key.ReferencedFields);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static byte[] Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }
}
