using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Export;

/// <summary>A file an export wrote.</summary>
/// <param name="RelativePath">Its path under the output folder, '/'-separated (<c>csv/people.csv</c>).</param>
/// <param name="Records">How many records (rows, lines, objects) it holds.</param>
/// <param name="Table">The table of the export specification it holds, for the flat formats (CSV, Parquet); null for nested files, whose descriptor entry has no Table Schema.</param>
internal sealed record ExportedFile(string RelativePath, int Records, IExportTable? Table = null);
