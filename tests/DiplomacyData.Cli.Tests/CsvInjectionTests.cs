using System.Globalization;
using System.IO;
using System.Text.Json;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Csv;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Issue 9, item 11: no CSV cell is a formula to a spreadsheet (the rule in docs/exports.md, "Cells a
/// spreadsheet would evaluate"), while JSON Lines keep every value exactly.
/// </summary>
public class CsvInjectionTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    public static TheoryData<string> Evaluated => new()
    {
        "=HYPERLINK(\"https://example.org/x\",\"click\")",
        "=1+1",
        "+1",
        "-2+3+cmd|' /C calc'!A0",
        "-based",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        " =1+1",
        "\u00A0\u3000=1+1",
        "\uFF1D1+1",   // full-width =
        "\uFF0B1",     // full-width +
        "\uFF0D1",     // full-width -
        "\uFF20SUM(1)", // full-width @
        "'=1+1",       // already an apostrophe: doubled, so that one removal gives it back
        "'tis",
    };

    public static TheoryData<string> Inert => new()
    {
        "Lavrov and Araghchi hold talks",
        "a=b",
        "1+1",
        "2024-07-16",
        "042",
        "Talks \"in Moscow\", then Tehran",
        " leading space, then text",
        "a carriage\rreturn inside",
        "a line\nfeed inside",
    };

    [Theory]
    [MemberData(nameof(Evaluated))]
    public void A_cell_a_spreadsheet_would_evaluate_gets_an_apostrophe_and_reads_back_exactly(string title)
    {
        var cell = WriteAndReadTitle(title);

        cell.ShouldBe("'" + title);
        CsvFile.Restore(cell).ShouldBe(title);
    }

    [Theory]
    [MemberData(nameof(Inert))]
    public void Other_cells_are_written_as_they_are(string title)
    {
        var cell = WriteAndReadTitle(title);

        cell.ShouldBe(title);
        CsvFile.Restore(cell).ShouldBe(title);
    }

    [Fact]
    public void Null_is_still_an_empty_field() =>
        SpreadsheetCell.Neutralise(null).ShouldBeNull();

    [Fact]
    public void The_raw_text_has_the_apostrophe_inside_the_quotes()
    {
        using var directory = new TempDirectory();
        var table = new ExportTable<string>("t", "test rows", _ => ["=HYPERLINK(\"u\",\"click\")"], "title")
            .Text("title", "a title", t => t);

        CsvTableWriter.Write(table, table.Rows(Dataset.Compiled), directory.Path);

        File.ReadAllText(directory.Combine("t.csv")).ShouldBe("title\n\"'=HYPERLINK(\"\"u\"\",\"\"click\"\")\"\n");
    }

    [Theory]
    [MemberData(nameof(Evaluated))]
    public void Json_lines_keep_the_value_exactly(string title)
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("t.jsonl");
        using (var file = new DiplomacyData.Cli.Export.JsonLines.JsonLinesFile(path))
        {
            file.Write(json => json.WriteString("title", title));
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        document.RootElement.GetProperty("title").GetString().ShouldBe(title);
    }

    [Fact]
    public void No_cell_of_the_real_export_starts_like_a_formula()
    {
        foreach (var path in Directory.GetFiles(export.PathOf("csv"), "*.csv"))
        {
            foreach (var row in CsvFile.ReadRaw(path).Rows)
            {
                // Numbers (a negative longitude) are values to a spreadsheet, not formulas: the rule is for text.
                foreach (var cell in row.OfType<string>().Where(c => !double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    var first = cell.TrimStart(' ', '\u00A0', '\u3000');
                    (first.Length > 0 && "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".Contains(first[0], StringComparison.Ordinal))
                        .ShouldBeFalse($"{Path.GetFileName(path)}: {cell}");
                }
            }
        }
    }

    private static string? WriteAndReadTitle(string title)
    {
        using var directory = new TempDirectory();
        var table = new ExportTable<(string Id, string Title)>("engagements", "test rows", _ => [("x-2025-01-01", title)], "id")
            .Text("id", "an id", e => e.Id)
            .Text("title", "a title", e => e.Title);

        CsvTableWriter.Write(table, table.Rows(Dataset.Compiled), directory.Path).ShouldBe(1);

        var row = CsvFile.ReadRaw(directory.Combine("engagements.csv")).Rows.ShouldHaveSingleItem();
        row[0].ShouldBe("x-2025-01-01");
        return row[1];
    }
}
