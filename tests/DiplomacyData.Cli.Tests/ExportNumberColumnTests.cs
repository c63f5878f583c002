using System.Globalization;
using System.IO;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Csv;
using DiplomacyData.Cli.Export.Parquet;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Decimal numbers (coordinates) in the flat formats: CSV text that reads back to the same double under any
/// culture, and a Parquet DOUBLE column that DuckDB reads as the same value; null stays null. On a table built
/// here, so the case is covered before the data has such a column.
/// </summary>
public class ExportNumberColumnTests
{
    private static readonly double?[] Values = [55.7558, -33.86882, 0.1, 1e-7, -180, 90, 35.6891975, null];

    private static ExportTable<(string Id, double? Value)> Table() =>
        new ExportTable<(string Id, double? Value)>("numbers", "test rows", _ => Values.Select((v, i) => ("r" + i, v)), "id")
            .Text("id", "an id", r => r.Id)
            .Number("value", "a number", r => r.Value, nullable: true);

    [Fact]
    public void Csv_numbers_read_back_exactly_and_do_not_depend_on_the_culture()
    {
        using var invariant = new TempDirectory();
        using var german = new TempDirectory();
        CsvTableWriter.Write(Table(), Table().Rows(Dataset.Compiled), invariant.Path);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CsvTableWriter.Write(Table(), Table().Rows(Dataset.Compiled), german.Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        File.ReadAllBytes(german.Combine("numbers.csv")).ShouldBe(File.ReadAllBytes(invariant.Combine("numbers.csv")));
        CsvFile.Read(invariant.Combine("numbers.csv")).Rows
            .Select(r => r[1] is null ? (double?)null : double.Parse(r[1]!, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ShouldBe(Values);
    }

    [Fact]
    public void Parquet_numbers_are_a_double_column_that_duckdb_reads_exactly()
    {
        using var folder = new TempDirectory();
        ParquetTableWriter.Write(Table(), Table().Rows(Dataset.Compiled), folder.Path);
        using var db = new DuckDb();
        db.Execute($"CREATE TABLE t AS SELECT * FROM read_parquet({DuckDb.Literal(folder.Combine("numbers.parquet"))})");

        db.Scalar("SELECT data_type FROM information_schema.columns WHERE table_name = 't' AND column_name = 'value'").ShouldBe("DOUBLE");
        db.Rows("SELECT value FROM t ORDER BY id").Select(r => (double?)r[0]).ShouldBe(Values);
    }
}
