using System.Globalization;
using System.IO;
using CsvHelper;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// A CSV export read back with CsvHelper: the header, and each row as its fields in header order (empty fields as
/// null). <see cref="Read"/> undoes the tool's neutralisation of cells a spreadsheet would evaluate, as docs/exports.md
/// tells readers to (remove one leading apostrophe); <see cref="ReadRaw"/> gives the cells as written.
/// </summary>
internal sealed record CsvFile(string[] Header, IReadOnlyList<string?[]> Rows)
{
    public static CsvFile Read(string path) => Read(path, Restore);

    public static CsvFile ReadRaw(string path) => Read(path, cell => cell);

    /// <summary>docs/exports.md's rule for getting a value back: remove one leading apostrophe, if there is one.</summary>
    public static string? Restore(string? cell) => cell is ['\'', .. var rest] ? rest : cell;

    private static CsvFile Read(string path, Func<string?, string?> cellValue)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read().ShouldBeTrue($"{path} is empty");
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<string?[]>();
        while (csv.Read())
        {
            var row = new string?[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                var field = csv.GetField(i);
                row[i] = string.IsNullOrEmpty(field) ? null : cellValue(field);
            }

            csv.Parser.Count.ShouldBe(header.Length, $"row {rows.Count + 1} of {path} has a different number of fields");
            rows.Add(row);
        }

        return new CsvFile(header, rows);
    }
}
