using System.IO;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Every value the build accepts, every command handles: each command of the tool, run over a dataset holding the
/// calendar's first and last days and ranges that span them (<see cref="TestDatasets.CalendarExtremes"/>), does
/// its work and exits 0, never with an unhandled exception (nor with the internal-error exit code that stands
/// for one).
/// </summary>
public class CalendarExtremesTests
{
    private static readonly Dataset Data = TestDatasets.CalendarExtremes();

    public static TheoryData<string[]> ReadingCommands => new()
    {
        new[] { "list" },
        new[] { "list", "--from", "0001-01-01", "--to", "9999-12-31" },
        new[] { "list", "--from", "9999-12-31" },
        new[] { "list", "--to", "0001-01-01" },
        new[] { "list", "-p", "ancient-one", "--status", "planned" },
        new[] { "list", "-c", "IRN", "-t", "calendar", "--kind", "meeting" },
        new[] { "show", "first-day" },
        new[] { "show", "first-month" },
        new[] { "show", "whole-calendar" },
        new[] { "show", "last-month" },
        new[] { "show", "last-week" },
        new[] { "show", "last-day" },
        new[] { "person", "ancient-one" },
        new[] { "person", "Eternal Two" },
        new[] { "person", "latest" },
        new[] { "person", "nobody-four" },
        new[] { "people" },
        new[] { "people", "-c", "RUS" },
        new[] { "stats" },
        new[] { "stats", "--format", "json" },
        new[] { "--version" },
    };

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void Every_command_that_prints_handles_the_calendars_extremes(string[] args) => Succeeds(args);

    [Fact]
    public void The_dates_are_printed_as_they_are()
    {
        Succeeds("show", "last-day").Out.ShouldContain("9999-12-31");
        Succeeds("show", "last-month").Out.ShouldContain("9999-12");
        Succeeds("show", "whole-calendar").Out.ShouldContain("0001-01-01..9999-12-31");
        var person = Succeeds("person", "ancient-one").Out;
        person.ShouldContain("9999-12-31");
        person.ShouldContain("0001-01-01");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("parquet")]
    [InlineData("plover")]
    [InlineData("popolo")]
    [InlineData("all")]
    public void Export_writes_every_format(string format)
    {
        using var temp = new TempDirectory();

        Succeeds("export", "--format", format, "-o", temp.Combine("out"));

        File.Exists(temp.Combine("out", "datapackage.json")).ShouldBeTrue();
        if (format is "jsonl" or "all")
        {
            var engagements = File.ReadAllText(temp.Combine("out", "jsonl", "engagements.jsonl"));
            engagements.ShouldContain("\"date\":\"0001-01-01\"");
            engagements.ShouldContain("\"end_date\":\"9999-12-31\"");
        }
    }

    [Fact]
    public void Report_writes_the_site_with_every_office_and_engagement_drawn()
    {
        using var temp = new TempDirectory();

        Succeeds("report", "-o", temp.Combine("site"));

        foreach (var page in new[] { "index.html", "timeline.html", "who-met-whom.html", "people/ancient-one.html", "people/nobody-four.html", "engagements/last-day.html" })
        {
            File.Exists(temp.Combine("site", page)).ShouldBeTrue(page);
        }

        var eternal = File.ReadAllText(temp.Combine("site", "people", "eternal-two.html"));
        eternal.ShouldContain("0001-01-01 to in office");
        File.ReadAllText(temp.Combine("site", "people", "ancient-one.html")).ShouldContain("start not recorded to 9999-12-31");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Diff_compares_exports_of_the_extremes(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        Succeeds("export", "--format", format, "-o", old);
        Succeeds("export", "--format", format, "-o", @new);

        Succeeds("diff", old).Out.ShouldContain("No differences.");
        var file = Path.Combine(@new, format, "engagements." + format);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Talks last-day", "Talks on the last day", StringComparison.Ordinal));
        Succeeds("diff", old, @new).Out.ShouldContain("Talks on the last day");
        Succeeds("diff", old, @new, "--format", "changelog", "--old-version", "1.0.0", "--date", "9999-12-31").Out.ShouldStartWith("## 1.0.1 - 9999-12-31");
    }

    [Theory]
    [InlineData("0001-01-01", "MOSCOW, December 31 -- Ancient One met Eternal Two on Tuesday. They meet again next Monday, after talks last Friday.\n")]
    [InlineData("0001-01-01", "TEHRAN, January 1 -- Eternal Two met Latest Three last Friday and will meet him next Monday.\n")]
    [InlineData("9999-12-31", "MOSCOW, December 31 -- Latest Three will meet Ancient One next Monday, after talks on Tuesday.\n")]
    [InlineData("9999-12-31", "Latest Three met Ancient One on Friday; the next talks are next Saturday.\n")]
    public void Draft_resolves_weekdays_at_the_ends_of_the_calendar(string published, string text)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, text);

        Succeeds("draft", article, "--publisher", "Wire", "--published", published, "--title", "Talks", "--url", "https://example.org/x", "--data", temp.Combine("data"));

        var yaml = File.ReadAllText(temp.Combine("data", "sources", "wire-" + published + ".yaml"));
        yaml.ShouldContain("published: " + published);
    }

    [Theory]
    [InlineData("2024-03-01", "the dateline", "2024-02-29")]
    [InlineData("2025-03-01", "the dateline", "2024-02-29")]
    // No 29 February on or before the publication in its year or the year before: the dateline has no day.
    [InlineData("2024-02-28", "the publication date", "2024-02-28")]
    public void Draft_reads_a_dateline_of_february_29_by_the_publication_date_not_by_this_years_calendar(string published, string reference, string day)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, "MOSCOW, February 29 -- Ancient One met Eternal Two on Tuesday.\n");

        Succeeds("draft", article, "--publisher", "Wire", "--published", published, "--title", "Talks", "--url", "https://example.org/x", "--data", temp.Combine("data"));

        var yaml = File.ReadAllText(temp.Combine("data", "sources", "wire-" + published + ".yaml"));
        yaml.ShouldContain("dateline: MOSCOW, February 29");
        yaml.ShouldContain("resolved against " + reference);
        yaml.ShouldContain($"({day}, a ");
    }

    private static CliResult Succeeds(params string[] args)
    {
        var result = CliRun.Over(Data, args);
        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        return result;
    }
}
