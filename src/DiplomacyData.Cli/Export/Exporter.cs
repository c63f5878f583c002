using System.Collections.Generic;
using System.IO;
using DiplomacyData.Cli.Export.Csv;
using DiplomacyData.Cli.Export.JsonLines;
using DiplomacyData.Cli.Export.Plover;

namespace DiplomacyData.Cli.Export;

/// <summary>Writes the chosen formats under one folder: <c>jsonl/</c>, <c>csv/</c>, <c>plover/</c>.</summary>
internal static class Exporter
{
    public static IReadOnlyList<ExportedFile> Export(string directory, ExportFormat format)
    {
        var files = new List<ExportedFile>();
        if (format is ExportFormat.All or ExportFormat.Jsonl)
        {
            files.AddRange(JsonLinesExport.Write(Path.Combine(directory, "jsonl")));
        }

        if (format is ExportFormat.All or ExportFormat.Csv)
        {
            files.AddRange(CsvExport.Write(Path.Combine(directory, "csv")));
        }

        if (format is ExportFormat.All or ExportFormat.Plover)
        {
            files.AddRange(PloverExport.Write(Path.Combine(directory, "plover")));
        }

        return files;
    }
}
