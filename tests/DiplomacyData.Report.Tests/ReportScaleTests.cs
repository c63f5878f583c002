using System.Text.RegularExpressions;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Html;
using Xunit.Abstractions;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// At 20,000 synthetic engagements, 100,000 in the long run (made in memory from the export specification, no package compiled) no file
/// of the report is larger than a few megabytes, the timeline pages together hold one mark or bar per engagement,
/// and every engagement and person has a page. How long it takes is the benchmark's business (ReportBenchmarks).
/// </summary>
public sealed partial class ReportScaleTests
{
    /// <summary>"A few megabytes": what a browser opens quickly from disk.</summary>
    private const long MaxPageBytes = 3 * 1024 * 1024;

    private readonly ITestOutputHelper _log;

    public ReportScaleTests(ITestOutputHelper log) => _log = log;

    /// <summary>
    /// 20,000 engagements by default: twenty timeline pages, people whose lists run over several pages, in seconds.
    /// <c>bash tests/run.sh --all</c> (CI) sets <c>DIPLOMACYDATA_REPORT_ENGAGEMENTS=100000</c>, the size the report is
    /// built for, where the busiest people meet thousands of others.
    /// </summary>
    private static readonly int Engagements =
        int.TryParse(Environment.GetEnvironmentVariable("DIPLOMACYDATA_REPORT_ENGAGEMENTS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : 20_000;

    [Fact]
    public void At_scale_no_page_is_larger_than_a_few_megabytes_and_every_engagement_has_its_mark_and_page()
    {
        var engagements = Engagements;
        var rows = SyntheticReportRows.Create(engagements);
        var output = new MemoryOutput(keep: path => path == SitePaths.Timeline || TimelinePage().IsMatch(path));
        ReportSite.Write(rows, output);
        var marks = output.Files.Keys.Sum(path => Mark().Count(output.Text(path)));

        var largest = output.Sizes.OrderByDescending(s => s.Value).First();
        _log.WriteLine($"{output.Sizes.Count} files, {output.Sizes.Values.Sum() / 1e6:0} MB in all; largest {largest.Key}, {largest.Value / 1e6:0.00} MB");
        output.Sizes.Where(s => s.Value > MaxPageBytes).Select(s => $"{s.Key}: {s.Value} bytes").ShouldBeEmpty();
        marks.ShouldBe(engagements);
        output.Sizes.Keys.Count(k => k.StartsWith("engagements/", StringComparison.Ordinal)).ShouldBe(engagements);
        output.Sizes.Keys.Count(k => PersonFirstPage().IsMatch(k)).ShouldBe(rows.Table("people").Rows.Count());
        // The busiest people take part in thousands of engagements: their lists run over several pages.
        output.Sizes.Keys.ShouldContain(k => k.StartsWith("people/", StringComparison.Ordinal) && k.EndsWith(".2.html", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^timeline\.\d+\.html$")]
    private static partial Regex TimelinePage();

    [GeneratedRegex(@"^people/person-\d{6}\.html$")]
    private static partial Regex PersonFirstPage();

    [GeneratedRegex("<a class=\"ev\" ")]
    private static partial Regex Mark();
}
