namespace DiplomacyData.Cli.Export.Schema;

/// <summary>
/// One column of an exported table, as every writer, the Data Package descriptor and docs/exports.md see it.
/// </summary>
/// <param name="Name">The column name (snake_case), the same in CSV headers, Parquet schemas and the descriptor.</param>
/// <param name="Type">Its value type.</param>
/// <param name="Nullable">Whether a row may have no value (null in Parquet, an empty CSV field).</param>
/// <param name="Description">What it holds, for people: one line, used by docs/exports.md and the descriptor.</param>
/// <param name="References">The table whose primary key (a single <c>id</c> column) this column refers to; null when it is no reference.</param>
internal sealed record ExportColumn(string Name, ExportType Type, bool Nullable, string Description, string? References);
