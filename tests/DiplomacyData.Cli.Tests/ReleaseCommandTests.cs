using System.IO;
using DiplomacyData.Testing;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>diplomacy release shipped-ids</c> writes what a release records of the data, read through the package: when the
/// data is a released version (no prerelease), that is the committed data/release/shipped-ids.tsv, line for line.
/// </summary>
public class ReleaseCommandTests
{
    [Fact]
    public void The_typed_handles_of_released_data_are_the_committed_shipped_ids()
    {
        var result = CliRun.Expect(ExitCodes.Success, "release", "shipped-ids");

        var committed = File.ReadAllText(Repository.PathOf("data", "release", "shipped-ids.tsv")).ReplaceLineEndings("\n");
        if (!Catalog.DataVersion.Contains('-', StringComparison.Ordinal))
        {
            result.Out.ShouldBe(committed, "the data is a release: its handles are what shipped-ids.tsv records (run data/release/update-shipped-ids.sh)");
        }

        var handles = CliRun.Lines(result.Out).Where(l => !l.StartsWith('#')).ToList();
        handles.Count.ShouldBe(Catalog.People.Count + Catalog.Countries.Count + Catalog.Organizations.Count + Catalog.Topics.Count
            + Catalog.Sources.Count + Catalog.Engagements.Count + Catalog.Places.Count + Catalog.CameoCodes.Count);
        handles.ShouldContain("People.SergeyLavrov\t" + People.SergeyLavrov.Id);
        handles.ShouldNotContain(l => l.Contains("\tbagheri-kani-interview-nizhny-novgorod-2024-06-12", StringComparison.Ordinal), "a retired id's obsolete handle is not this data's");
    }

    [Fact]
    public void With_an_output_file_the_file_is_written_whole()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("shipped-ids.tsv");
        File.WriteAllText(path, "old\n");

        var result = CliRun.Expect(ExitCodes.Success, "release", "shipped-ids", "--output", path);

        File.ReadAllText(path).ShouldBe(CliRun.Run("release", "shipped-ids").Out);
        Directory.GetFiles(temp.Path).ShouldBe([path]);
        result.Out.ShouldContain("handles written to");
    }
}
