using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Charts;
using DiplomacyData.Cli.Report.Html;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// What the pages say, read from their HTML: past offices with their end, the coverage as a period, and the
/// timeline's rows chosen for the span of the page (a year per row over years, a month per row over weeks).
/// </summary>
public sealed class ReportReadabilityTests
{
    private static readonly MemoryOutput Real = Build();

    /// <summary>The people page gives a past office its end, as <c>diplomacy people</c> does: "(until 2024-05-19)".</summary>
    [Fact]
    public void The_people_page_shows_a_past_latest_office_with_its_end()
    {
        var people = Real.Text(SitePaths.People);
        var ended = Catalog.People.Where(p => p.Roles.Count > 0 && p.Roles[^1].To is not null).ToList();
        ended.ShouldNotBeEmpty("the data has someone whose latest office ended");

        foreach (var person in ended)
        {
            var row = Regex.Match(people, "<tr><td><a href=\"people/" + Regex.Escape(person.Id) + "\\.html\">.*?</tr>").Value;
            row.ShouldContain("(until " + person.Roles[^1].To!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")", Case.Sensitive, person.Id);
        }

        foreach (var person in Catalog.People.Where(p => p.Roles.Count > 0 && p.Roles[^1].To is null))
        {
            Regex.Match(people, "<tr><td><a href=\"people/" + Regex.Escape(person.Id) + "\\.html\">.*?</tr>").Value.ShouldNotContain("until", Case.Sensitive, person.Id);
        }
    }

    [Fact]
    public void The_overview_writes_the_coverage_as_a_period()
    {
        var first = Catalog.Engagements.Min(e => e.Date);
        var last = Catalog.Engagements.Max(e => LastDay(e));

        var overview = Real.Text(SitePaths.Overview);

        overview.ShouldContain("<dt>Coverage</dt><dd>" + Iso(first) + " to " + Iso(last) + " (");
        overview.ShouldMatch("<dt>Coverage</dt><dd>[0-9-]+ to [0-9-]+ \\([0-9]+ years?( and [0-9]+ months?)?\\)</dd>");
        // A year of the coverage without engagements is a bar of 0 in the chart per year, not left out.
        var quiet = Enumerable.Range(first.Year, last.Year - first.Year + 1).Where(y => !Catalog.Engagements.Any(e => e.Date.Year == y)).ToList();
        quiet.ShouldNotBeEmpty("the data has a year without engagements");
        foreach (var year in quiet)
        {
            overview.ShouldContain(year.ToString(CultureInfo.InvariantCulture) + ": 0");
        }
    }

    [Theory]
    [InlineData("2024-01-01", "2024-01-01", "2024-01-01 to 2024-01-01 (1 day)")]
    [InlineData("2024-01-10", "2024-03-09", "2024-01-10 to 2024-03-09 (1 month)")]
    [InlineData("2020-07-16", "2025-04-18", "2020-07-16 to 2025-04-18 (4 years and 9 months)")]
    [InlineData("2020-04-18", "2025-04-18", "2020-04-18 to 2025-04-18 (5 years)")]
    public void The_coverage_is_the_period_from_the_first_day_to_the_last(string first, string last, string text)
    {
        var rows = DiplomacyData.Cli.Report.Read.ReportRows.Of(TestData.Engagements(DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture)));

        DiplomacyData.Cli.Report.Pages.OverviewPage.Coverage(DiplomacyData.Cli.Report.Read.ReportModel.Read(rows)).ShouldBe(text);
    }

    /// <summary>
    /// A page spanning years gets a row per year with engagements, a run of empty years one thin row; a page of a
    /// few weeks (a thousand engagements at 100,000) a row per month, so that its days are not squeezed together.
    /// </summary>
    [Fact]
    public void The_timeline_rows_are_years_over_years_and_months_over_weeks()
    {
        var years = TimelineBands.For(new DateOnly(2020, 7, 1), new DateOnly(2025, 4, 18),
            [new DateOnly(2020, 7, 1), new DateOnly(2022, 1, 19), new DateOnly(2024, 6, 10), new DateOnly(2025, 4, 18)]);
        years.ByYear.ShouldBeTrue();
        years.Bands.Select(b => b.Label).ShouldBe(["2020", "2021: none", "2022", "2023: none", "2024", "2025"]);
        years.Column(new DateOnly(2021, 3, 1)).ShouldBe(years.Column(new DateOnly(2024, 3, 1)), "months line up from year to year");

        var weeks = TimelineBands.For(new DateOnly(2024, 6, 20), new DateOnly(2024, 7, 9), [new DateOnly(2024, 6, 20), new DateOnly(2024, 7, 9)]);
        weeks.ByYear.ShouldBeFalse();
        weeks.Bands.Select(b => b.Label).ShouldBe(["2024-06", "2024-07"]);

        var ends = TimelineBands.For(DateOnly.MinValue, DateOnly.MaxValue, [DateOnly.MinValue, DateOnly.MaxValue]);
        ends.Bands.Select(b => b.Label).ShouldBe(["0001", "0002–9998: none", "9999"], "a page spanning the calendar stays three rows");
    }

    private static DateOnly LastDay(Engagement engagement) =>
        engagement.EndDate ?? (engagement.Precision == DatePrecision.Month ? new DateOnly(engagement.Date.Year, engagement.Date.Month, DateTime.DaysInMonth(engagement.Date.Year, engagement.Date.Month)) : engagement.Date);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MemoryOutput Build()
    {
        var output = new MemoryOutput();
        ReportSite.Write(DiplomacyData.Cli.Report.Read.ReportRows.Of(Dataset.Compiled), output);
        return output;
    }

    /// <summary>Two engagements, on <c>first</c> and on <c>last</c>, in an otherwise ordinary dataset.</summary>
    private static class TestData
    {
        public static Dataset Engagements(DateOnly first, DateOnly last)
        {
            var russia = new Country("RUS", "Russia", "Russian Federation", "RU");
            var iran = new Country("IRN", "Iran", "Islamic Republic of Iran", "IR");
            var source = new Source("a-source", "A source", "An Agency", last, new Uri("https://example.org/a"), "en");
            var lavrov = new Person("sergey-lavrov", new PersonName("Sergey", "Lavrov"), russia, [], []);
            var araghchi = new Person("abbas-araghchi", new PersonName("Abbas", "Araghchi"), iran, [], []);
            Engagement On(string id, DateOnly day) => new(id, day, DatePrecision.Day, EngagementKind.Meeting, EngagementStatus.Happened, "Talks",
                [new Participant(lavrov, ParticipantPart.Host), new Participant(araghchi, ParticipantPart.Visitor)],
                [new Citation(source, ["They met."])], [], [], [], []);
            var engagements = first == last ? new[] { On("first", first) } : new[] { On("first", first), On("last", last) };
            return Dataset.Of("1.0.0", "sha256:" + new string('1', 64), engagements, [lavrov, araghchi], [russia, iran], [], [], [], [source], []);
        }
    }
}
