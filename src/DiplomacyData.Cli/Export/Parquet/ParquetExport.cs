using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Export.Parquet;

/// <summary><c>parquet/</c>: one file per table of <see cref="ExportTables"/>, <c>parquet/NAME.parquet</c>.</summary>
internal static class ParquetExport
{
    public static IReadOnlyList<ExportedFile> Write(Dataset data, string directory) =>
        ExportTables.All.Select(table => new ExportedFile("parquet/" + table.Name + ".parquet", ParquetTableWriter.Write(table, table.Rows(data), directory), table)).ToList();
}
