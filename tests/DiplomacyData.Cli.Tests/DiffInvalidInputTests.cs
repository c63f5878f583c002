using System.IO;
using static DiplomacyData.Cli.Tests.ExportEdits;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// A folder given to <c>diplomacy diff</c> whose files are not what <c>export</c> writes is an error that names the file
/// and line (exit code 4), never an unhandled exception.
/// </summary>
public class DiffInvalidInputTests
{
    [Theory]
    [InlineData("jsonl", "people.jsonl", "{\"id\": \"a\", ")]
    [InlineData("jsonl", "people.jsonl", "[\"an array\", \"not a record\"]")]
    [InlineData("jsonl", "people.jsonl", "42")]
    [InlineData("csv", "people.csv", "a\"b,c\"d\"e")]
    public void A_line_that_is_not_a_record_names_its_file_and_line(string format, string file, string line)
    {
        using var temp = new TempDirectory();
        ExportTo(temp.Combine("old"), format);
        var path = temp.Combine("old", format, file);
        File.AppendAllText(path, line + "\n");
        var number = File.ReadAllLines(path).Length;

        var result = CliRun.Expect(ExitCodes.InvalidInput, "diff", temp.Combine("old"));

        result.Error.ShouldContain($"'{path}'");
        result.Error.ShouldContain($"line {number}");
    }

    [Fact]
    public void A_descriptor_that_is_not_json_names_its_file()
    {
        using var temp = new TempDirectory();
        ExportTo(temp.Combine("old"), "jsonl");
        File.WriteAllText(temp.Combine("old", "datapackage.json"), "{ not json");

        CliRun.Expect(ExitCodes.InvalidInput, "diff", temp.Combine("old")).Error.ShouldContain("datapackage.json");
    }
}
