using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export;
using DiplomacyData.Cli.Export.DataPackage;

namespace DiplomacyData.Cli.Diff;

/// <summary>Which export files a snapshot was read from.</summary>
internal enum SnapshotFormat
{
    /// <summary><c>jsonl/</c>: one file per entity, lists nested.</summary>
    Jsonl,

    /// <summary><c>csv/</c>: the flat tables of the export specification.</summary>
    Csv,
}

/// <summary>
/// One side of a diff: the tables of an export folder made by <c>diplomacy export</c>, or of the data compiled into
/// this tool, with the data version and content hash when the export's <c>datapackage.json</c> records them.
/// </summary>
/// <param name="Label">How the side is named in messages: the folder, or "this tool's data (1.0.0)".</param>
/// <param name="Version">The data version (<c>Catalog.DataVersion</c>) of the export; null when the descriptor has none.</param>
/// <param name="ContentHash">The data's content hash (<c>sha256:…</c>); null when the descriptor does not record it (exports of tools before 1.1).</param>
internal sealed record ReleaseSnapshot(string Label, SnapshotFormat Format, string? Version, string? ContentHash, IReadOnlyList<SnapshotTable> Tables)
{
    /// <summary>The formats whose files are in <paramref name="directory"/> (an export folder, or its <c>jsonl/</c> or <c>csv/</c> folder), JSON Lines first.</summary>
    public static IReadOnlyList<(SnapshotFormat Format, string Folder)> FormatsIn(string directory)
    {
        var found = new List<(SnapshotFormat, string)>();
        foreach (var (format, folder, extension) in new[] { (SnapshotFormat.Jsonl, "jsonl", "*.jsonl"), (SnapshotFormat.Csv, "csv", "*.csv") })
        {
            var sub = Path.Combine(directory, folder);
            if (Directory.Exists(sub) && Directory.EnumerateFiles(sub, extension).Any())
            {
                found.Add((format, sub));
            }
            else if (Directory.EnumerateFiles(directory, extension).Any())
            {
                found.Add((format, directory));
            }
        }

        return found;
    }

    /// <summary>Reads the export folder <paramref name="folder"/> of <paramref name="format"/>, and the descriptor beside or above it.</summary>
    public static ReleaseSnapshot Read(string label, SnapshotFormat format, string folder)
    {
        var tables = format == SnapshotFormat.Jsonl ? JsonLinesSnapshot.Read(folder) : CsvSnapshot.Read(folder);
        var descriptor = new[] { Path.Combine(folder, DataPackageWriter.FileName), Path.Combine(folder, "..", DataPackageWriter.FileName) }.FirstOrDefault(File.Exists);
        string? version = null;
        string? hash = null;
        if (descriptor is not null)
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(descriptor));
                version = Text(json.RootElement, "version");
                hash = Text(json.RootElement, DataPackageWriter.ContentHashProperty);
            }
            catch (JsonException failure)
            {
                throw new CliException(ExitCodes.InvalidInput, $"'{Path.GetFullPath(descriptor)}' is not a Data Package descriptor as 'diplomacy export' writes it: {failure.Message}");
            }
        }

        return new ReleaseSnapshot(label, format, version, hash, tables);
    }

    /// <summary>The tool's data, exported in <paramref name="format"/> to a temporary folder and read back like any export.</summary>
    public static ReleaseSnapshot OfThisTool(Dataset data, SnapshotFormat format)
    {
        var directory = Path.Combine(Path.GetTempPath(), "diplomacy-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            Exporter.Export(data, directory, format == SnapshotFormat.Jsonl ? ExportFormat.Jsonl : ExportFormat.Csv);
            var folder = Path.Combine(directory, format == SnapshotFormat.Jsonl ? "jsonl" : "csv");
            return Read("this tool's data", format, folder) with { Version = data.DataVersion, ContentHash = data.ContentHash };
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
