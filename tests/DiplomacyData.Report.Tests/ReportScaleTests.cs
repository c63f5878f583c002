using System.Text.RegularExpressions;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Html;
using Xunit.Abstractions;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// At 100,000 synthetic engagements (made in memory from the export specification, no package compiled) no file
/// of the report is larger than a few megabytes, the timeline pages together hold one mark or bar per engagement,
/// and every engagement and person has a page. How long it takes is the benchmark's business (ReportBenchmarks).
/// </summary>
public sealed partial class ReportScaleTests
{
    /// <summary>"A few megabytes": what a browser opens quickly from disk.</summary>
    private const long MaxPageBytes = 3 * 1024 * 1024;

    private readonly ITestOutputHelper _log;

    public ReportScaleTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void At_100000_engagements_no_page_is_larger_than_a_few_megabytes()
    {
        const int engagements = 100_000;
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
