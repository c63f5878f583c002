using System.Collections.Generic;
using System.IO;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Csv;
using DiplomacyData.Cli.Export.DataPackage;
using DiplomacyData.Cli.Export.JsonLines;
using DiplomacyData.Cli.Export.Parquet;
using DiplomacyData.Cli.Export.Plover;
using DiplomacyData.Cli.Export.Popolo;

namespace DiplomacyData.Cli.Export;

/// <summary>
/// Writes the chosen formats under one folder (<c>jsonl/</c>, <c>csv/</c>, <c>parquet/</c>, <c>plover/</c>, <c>popolo/</c>),
/// then <c>datapackage.json</c> describing every file written.
/// </summary>
internal static class Exporter
{
    public static IReadOnlyList<ExportedFile> Export(Dataset data, string directory, ExportFormat format)
    {
        var files = new List<ExportedFile>();
        if (format is ExportFormat.All or ExportFormat.Jsonl)
        {
            files.AddRange(JsonLinesExport.Write(data, Path.Combine(directory, "jsonl")));
        }

        if (format is ExportFormat.All or ExportFormat.Csv)
        {
            files.AddRange(CsvExport.Write(data, Path.Combine(directory, "csv")));
        }

        if (format is ExportFormat.All or ExportFormat.Parquet)
        {
            files.AddRange(ParquetExport.Write(data, Path.Combine(directory, "parquet")));
        }

        if (format is ExportFormat.All or ExportFormat.Plover)
        {
            files.AddRange(PloverExport.Write(data, Path.Combine(directory, "plover")));
        }

        if (format is ExportFormat.All or ExportFormat.Popolo)
        {
            files.AddRange(PopoloExport.Write(data, Path.Combine(directory, "popolo")));
        }

        files.Add(DataPackageWriter.Write(data, directory, files));
        return files;
    }
}
