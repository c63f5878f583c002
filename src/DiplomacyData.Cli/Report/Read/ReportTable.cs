using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Report.Read;

/// <summary>
/// One table of the export specification with its rows, as the report reads it: the columns are the
/// specification's (<see cref="ExportTables"/>), the rows come from the catalogue or from anywhere else that
/// produces the same rows (a synthetic set of any size, with no package compiled for it).
/// </summary>
internal sealed class ReportTable
{
    private readonly Dictionary<string, int> _columns;

    /// <param name="specification">The table of <see cref="ExportTables"/> the rows follow.</param>
    /// <param name="rows">Rows as <see cref="IExportTable.Rows"/> gives them: values in column order, typed by the column's type, or null.</param>
    public ReportTable(IExportTable specification, IEnumerable<object?[]> rows)
    {
        Name = specification.Name;
        _columns = specification.Columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string Name { get; }

    public IEnumerable<object?[]> Rows { get; }

    /// <summary>The index of column <paramref name="name"/> in every row; throws when the specification has no such column.</summary>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var index)
            ? index
            : throw new InvalidOperationException($"The export table '{Name}' has no column '{name}'; the report reads the export specification's columns (ExportTables).");
}
