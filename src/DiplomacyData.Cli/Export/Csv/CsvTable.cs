using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;

namespace DiplomacyData.Cli.Export.Csv;

/// <summary>A CSV file's schema and contents: the file name, the columns in order, and the rows.</summary>
internal interface ICsvTable
{
    string FileName { get; }

    IReadOnlyList<string> Columns { get; }

    /// <summary>Writes the header and every row; returns the number of rows.</summary>
    int Write(string directory);
}

/// <summary>
/// One CSV table, defined once as (column name, value of a row) pairs: the header and the values cannot
/// drift apart. Values are strings formatted by <see cref="ExportText"/>; null is an empty field. Every value
/// passes <see cref="SpreadsheetCell.Neutralise"/>, so no cell is a formula to a spreadsheet; CsvHelper then
/// does the quoting (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled).
/// </summary>
internal sealed class CsvTable<TRow> : ICsvTable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        // With "\n" as the record end CsvHelper quotes fields that hold a line feed but not a lone carriage
        // return, which every reader takes as a line end: quote those too.
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || (args.Field?.Contains('\r', StringComparison.Ordinal) ?? false),
    };
    private readonly Func<IEnumerable<TRow>> _rows;
    private readonly (string Name, Func<TRow, string?> Value)[] _columns;

    public CsvTable(string fileName, Func<IEnumerable<TRow>> rows, params (string Name, Func<TRow, string?> Value)[] columns)
    {
        FileName = fileName;
        _rows = rows;
        _columns = columns;
    }

    public string FileName { get; }

    public IReadOnlyList<string> Columns => _columns.Select(c => c.Name).ToList();

    public int Write(string directory)
    {
        using var writer = ExportText.CreateText(Path.Combine(directory, FileName));
        using var csv = new CsvWriter(writer, Configuration);
        foreach (var (name, _) in _columns)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        var count = 0;
        foreach (var row in _rows())
        {
            foreach (var (_, value) in _columns)
            {
                csv.WriteField(SpreadsheetCell.Neutralise(value(row)));
            }

            csv.NextRecord();
            count++;
        }

        return count;
    }
}
