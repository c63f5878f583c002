using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Export.Csv;

/// <summary><c>csv/</c>: every table of <see cref="CsvTables"/>.</summary>
internal static class CsvExport
{
    public static IReadOnlyList<ExportedFile> Write(string directory) =>
        CsvTables.All.Select(table => new ExportedFile("csv/" + table.FileName, table.Write(directory))).ToList();
}
