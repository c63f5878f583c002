using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Export.Csv;

/// <summary><c>csv/</c>: one file per table of <see cref="ExportTables"/>, <c>csv/NAME.csv</c>.</summary>
internal static class CsvExport
{
    public static IReadOnlyList<ExportedFile> Write(Dataset data, string directory) =>
        ExportTables.All.Select(table => new ExportedFile("csv/" + table.Name + ".csv", CsvTableWriter.Write(table, table.Rows(data), directory), table)).ToList();
}
