using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Report.Tests;

/// <summary>The same rows give the same files, byte for byte, on every run and under any culture.</summary>
public sealed class ReportDeterminismTests
{
    [Fact]
    public void The_real_data_gives_the_same_bytes_on_every_run()
    {
        var first = Build(ReportRows.Of(Dataset.Compiled));
        var second = Build(ReportRows.Of(Dataset.Compiled));
        second.Keys.ShouldBe(first.Keys);
        foreach (var (path, bytes) in first)
        {
            second[path].ShouldBe(bytes, path);
        }
    }

    [Fact]
    public void A_synthetic_set_gives_the_same_bytes_on_every_run()
    {
        var first = Build(SyntheticReportRows.Create(1000));
        var second = Build(SyntheticReportRows.Create(1000));
        second.Keys.ShouldBe(first.Keys);
        first.Where(f => !second[f.Key].SequenceEqual(f.Value)).Select(f => f.Key).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void The_culture_of_the_machine_changes_nothing(string culture)
    {
        var invariant = Cultures.With(System.Globalization.CultureInfo.InvariantCulture, () => Build(ReportRows.Of(Dataset.Compiled)));
        var other = Cultures.With(Cultures.Get(culture), () => Build(ReportRows.Of(Dataset.Compiled)));
        other.Keys.ShouldBe(invariant.Keys);
        invariant.Where(f => !other[f.Key].SequenceEqual(f.Value)).Select(f => f.Key).ShouldBeEmpty();
    }

    private static SortedDictionary<string, byte[]> Build(ReportRows rows)
    {
        var output = new MemoryOutput();
        ReportSite.Write(rows, output);
        return output.Files;
    }
}
