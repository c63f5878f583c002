using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Export.Schema;

/// <summary>
/// A table declared once as columns with the value each takes from a row of <typeparamref name="TRow"/>: a
/// column's name, type, nullability, reference and description cannot drift from its values, because they
/// are one declaration. Built fluently (<c>.Text(…).Date(…)</c>) in <see cref="ExportTables"/>.
/// </summary>
internal sealed class ExportTable<TRow> : IExportTable
{
    private readonly Func<OrderedCatalog, IEnumerable<TRow>> _rows;
    private readonly List<ExportColumn> _columns = new();
    private readonly List<Func<TRow, object?>> _values = new();
    private readonly List<ForeignKey> _compositeKeys = new();

    /// <param name="rows">The table's rows from a dataset's lists in export order.</param>
    public ExportTable(string name, string description, Func<OrderedCatalog, IEnumerable<TRow>> rows, params string[] primaryKey)
    {
        Name = name;
        Description = description;
        _rows = rows;
        PrimaryKey = primaryKey;
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<ExportColumn> Columns => _columns;

    public IReadOnlyList<string> PrimaryKey { get; }

    public IReadOnlyList<ForeignKey> ForeignKeys =>
        _columns.Where(c => c.References is not null)
            .Select(c => new ForeignKey(new[] { c.Name }, c.References!, new[] { "id" }))
            .Concat(_compositeKeys)
            .ToList();

    /// <summary>A text column; <paramref name="references"/> names the table whose <c>id</c> it holds.</summary>
    public ExportTable<TRow> Text(string name, string description, Func<TRow, string?> value, bool nullable = false, string? references = null) =>
        Add(new ExportColumn(name, ExportType.String, nullable, description, references), row => value(row));

    public ExportTable<TRow> Integer(string name, string description, Func<TRow, int?> value, bool nullable = false) =>
        Add(new ExportColumn(name, ExportType.Integer, nullable, description, null), row => value(row));

    public ExportTable<TRow> Number(string name, string description, Func<TRow, double?> value, bool nullable = false) =>
        Add(new ExportColumn(name, ExportType.Number, nullable, description, null), row => value(row));

    public ExportTable<TRow> Boolean(string name, string description, Func<TRow, bool?> value, bool nullable = false) =>
        Add(new ExportColumn(name, ExportType.Boolean, nullable, description, null), row => value(row));

    public ExportTable<TRow> Date(string name, string description, Func<TRow, DateOnly?> value, bool nullable = false) =>
        Add(new ExportColumn(name, ExportType.Date, nullable, description, null), row => value(row));

    /// <summary>A reference made of several columns, to the columns <paramref name="referenced"/> of <paramref name="table"/>.</summary>
    public ExportTable<TRow> References(string[] fields, string table, params string[] referenced)
    {
        _compositeKeys.Add(new ForeignKey(fields, table, referenced));
        return this;
    }

    public IEnumerable<object?[]> Rows(Dataset data)
    {
        foreach (var row in _rows(data.ById))
        {
            var values = new object?[_values.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = _values[i](row);
            }

            yield return values;
        }
    }

    private ExportTable<TRow> Add(ExportColumn column, Func<TRow, object?> value)
    {
        _columns.Add(column);
        _values.Add(value);
        return this;
    }
}
