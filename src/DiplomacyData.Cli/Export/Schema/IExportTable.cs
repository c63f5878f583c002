using System.Collections.Generic;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Export.Schema;

/// <summary>
/// A flat table of the export specification: its name, columns, keys and rows. The CSV and Parquet writers,
/// the Data Package descriptor and docs/exports.md all read tables through this interface only.
/// </summary>
internal interface IExportTable
{
    /// <summary>The table's name (snake_case); the file stem of <c>csv/NAME.csv</c> and <c>parquet/NAME.parquet</c>.</summary>
    string Name { get; }

    /// <summary>One row per what: a line for people.</summary>
    string Description { get; }

    /// <summary>The columns in file order.</summary>
    IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The columns whose values identify a row; never empty.</summary>
    IReadOnlyList<string> PrimaryKey { get; }

    /// <summary>Every reference to another table: the single-column <see cref="ExportColumn.References"/> and the composite ones.</summary>
    IReadOnlyList<ForeignKey> ForeignKeys { get; }

    /// <summary>
    /// The rows of <paramref name="data"/> in export order, each value in column order and typed by <see cref="ExportColumn.Type"/>:
    /// <see cref="string"/>, <see cref="int"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="System.DateOnly"/>, or null.
    /// </summary>
    IEnumerable<object?[]> Rows(Dataset data);
}
