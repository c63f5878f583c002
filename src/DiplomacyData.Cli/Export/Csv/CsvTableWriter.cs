using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Export.Csv;

/// <summary>
/// Writes one table of the export specification as CSV: a header of the column names, then a row per record.
/// Values are formatted by <see cref="ExportText"/> according to the column's type; null is an empty field.
/// Every text value passes <see cref="SpreadsheetCell.Neutralise"/>, so no cell is a formula to a spreadsheet;
/// numbers, dates and booleans are written by <see cref="ExportText"/> in invariant form, which a spreadsheet
/// reads as a value, never as a formula, so a negative longitude stays <c>-74.00597</c>;
/// CsvHelper then does the quoting (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled).
/// </summary>
internal static class CsvTableWriter
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        // With "\n" as the record end CsvHelper quotes fields that hold a line feed but not a lone carriage
        // return, which every reader takes as a line end: quote those too.
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || (args.Field?.Contains('\r', StringComparison.Ordinal) ?? false),
    };

    /// <summary>Writes <c>NAME.csv</c> of <paramref name="table"/>'s <paramref name="rows"/> into <paramref name="directory"/>; returns the number of rows.</summary>
    public static int Write(IExportTable table, IEnumerable<object?[]> rows, string directory)
    {
        using var writer = ExportText.CreateText(Path.Combine(directory, table.Name + ".csv"));
        using var csv = new CsvWriter(writer, Configuration);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        csv.NextRecord();
        var count = 0;
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(Format(value));
            }

            csv.NextRecord();
            count++;
        }

        return count;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => SpreadsheetCell.Neutralise(text),
        int number => ExportText.Number(number),
        double number => ExportText.Number(number),
        bool flag => ExportText.Boolean(flag),
        DateOnly date => ExportText.Date(date),
        _ => throw new InvalidOperationException($"no CSV spelling for a {value.GetType().Name}"),
    };
}
