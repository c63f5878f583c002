using System.IO;
using System.Text;
using DiplomacyData.Cli;

namespace DiplomacyData.Cli.Tests;

/// <summary>The same data gives the same bytes: two exports into different folders are identical, file by file.</summary>
public class ExportDeterminismTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Exporting_again_writes_byte_identical_files()
    {
        using var again = new TempDirectory("diplomacy-export-again");
        CliRun.Expect(ExitCodes.Success, "export", "--output", again.Path);

        var first = Files(export.Root);
        var second = Files(again.Path);
        second.Keys.ShouldBe(first.Keys);
        foreach (var (name, bytes) in first)
        {
            second[name].SequenceEqual(bytes).ShouldBeTrue($"{name} differs between two exports");
        }
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_unix_newlines_ending_in_a_newline()
    {
        foreach (var (name, bytes) in Files(export.Root).Where(f => !f.Key.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, $"{name} starts with a BOM");
            bytes.ShouldNotContain((byte)'\r', $"{name} has a carriage return");
            bytes[^1].ShouldBe((byte)'\n', $"{name} does not end with a newline");
            Should.NotThrow(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), $"{name} is not valid UTF-8");
        }
    }

    [Fact]
    public void Export_lists_what_it_wrote_with_record_counts()
    {
        var lines = CliRun.Lines(export.Result.Out);

        lines.ShouldContain($"jsonl/engagements.jsonl  {Catalog.Engagements.Count} records");
        lines.ShouldContain($"csv/engagements.csv  {Catalog.Engagements.Count} records");
        lines.ShouldContain($"csv/engagement_participants.csv  {Catalog.Engagements.Sum(e => e.Participants.Count)} records");
        lines.ShouldContain($"parquet/engagements.parquet  {Catalog.Engagements.Count} records");
        lines.ShouldContain($"parquet/dyads.parquet  {Catalog.Engagements.Sum(e => Pairs(e.Participants.Select(p => p.Person).Distinct().Count()) + Pairs(e.Participants.Select(p => p.Person.Country).Distinct().Count()))} records");
        lines.ShouldContain($"plover/events.jsonl  {Catalog.Engagements.Count(e => e.Plover is not null)} records");
        Files(export.Root).Count.ShouldBe(lines.Length - 1);
    }

    [Theory]
    [InlineData("jsonl", "jsonl/")]
    [InlineData("csv", "csv/")]
    [InlineData("parquet", "parquet/")]
    [InlineData("plover", "plover/")]
    public void One_format_writes_its_own_folder_only(string format, string folder)
    {
        using var only = new TempDirectory("diplomacy-export-one");
        CliRun.Expect(ExitCodes.Success, "export", "--format", format, "-o", only.Path);

        var files = Files(only.Path).Keys.Where(name => name != "datapackage.json").ToList();
        files.ShouldAllBe(name => name.StartsWith(folder, StringComparison.Ordinal));
        files.ShouldBe(Files(export.Root).Keys.Where(name => name.StartsWith(folder, StringComparison.Ordinal)));
        Files(only.Path).Keys.ShouldContain("datapackage.json");
    }

    [Fact]
    public void An_output_that_is_a_file_exits_3()
    {
        using var folder = new TempDirectory("diplomacy-export-file");
        var file = folder.Combine("taken");
        File.WriteAllText(file, "");

        var result = CliRun.Expect(ExitCodes.OutputError, "export", "--output", file);

        result.Error.ShouldStartWith("error: ");
        result.Error.ShouldContain("is a file, not a folder");
    }

    [Fact]
    public void An_output_that_cannot_be_created_exits_3()
    {
        using var folder = new TempDirectory("diplomacy-export-blocked");
        File.WriteAllText(folder.Combine("blocker"), "");

        // A folder cannot be created under a file, whatever the user's permissions.
        var result = CliRun.Expect(ExitCodes.OutputError, "export", "--output", folder.Combine("blocker", "out"));

        result.Error.ShouldStartWith("error: could not write the export to ");
    }

    /// <summary>Every file under a folder by '/'-separated relative path, in ordinal order.</summary>
    /// <summary>Ordered pairs of n different actors.</summary>
    private static int Pairs(int n) => n * (n - 1);

    private static SortedDictionary<string, byte[]> Files(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(root, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }

        return files;
    }
}
