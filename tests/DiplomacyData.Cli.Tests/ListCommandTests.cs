using System.IO;
using DiplomacyData.Cli;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Tests;

/// <summary><c>diplomacy list</c>: its table and each filter, checked against the catalogue.</summary>
public class ListCommandTests
{
    [Fact]
    public void Without_filters_lists_every_engagement_in_catalogue_order_under_a_header()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list");

        var lines = CliRun.Lines(result.Out);
        lines[0].Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(h => h.Trim()).ShouldBe(["DATE", "KIND", "ID", "TITLE"]);
        IdsOf(result).ShouldBe(Catalog.Engagements.Select(e => e.Id));
        result.Out.ShouldMatch(@"(?m)^2020-07-16 +phone-call +putin-rouhani-phone-call-2020-07-16 +Putin and Rouhani speak by telephone$");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Output_to_a_pipe_has_no_escape_codes_and_no_footer()
    {
        var footer = Footer(Catalog.Engagements.Count, Catalog.Engagements.Count);
        using var terminal = new StringWriter();
        CliApp.Run(["list"], new CliConsole(terminal, new StringWriter(), ConsoleStyle.Colored, ConsoleStyle.Colored, width: 200)).ShouldBe(ExitCodes.Success);
        terminal.ToString().ShouldContain(footer, customMessage: "a terminal gets the footer this test looks for");

        var result = CliRun.Expect(ExitCodes.Success, "list");

        result.Out.ShouldNotContain("\u001b");
        result.Out.ShouldNotContain(footer);
        result.Out.ShouldNotContain("\r");
    }

    /// <summary>The count line under a table on a terminal: how many are shown, of how many the catalogue holds.</summary>
    internal static string Footer(int shown, int total) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{shown} of {total} engagements");

    [Theory]
    [InlineData("sergey-lavrov")]
    [InlineData("Sergei Lavrov")]
    [InlineData("SERGEY LAVROV")]
    [InlineData("lavrov")]
    [InlineData("Сергей Лавров")]
    public void Person_filter_resolves_ids_names_aliases_and_a_single_family_name(string name)
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--person", name);

        IdsOf(result).ShouldBe(Catalog.EngagementsOf(People.SergeyLavrov).Select(e => e.Id));
    }

    [Fact]
    public void Repeated_person_filters_give_the_engagements_between_them()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--person", "lavrov", "-p", "araghchi");

        IdsOf(result).ShouldBe(Catalog.Engagements
            .Where(e => e.Involves(People.SergeyLavrov) && e.Involves(People.AbbasAraghchi))
            .Select(e => e.Id));
        IdsOf(result).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("phone-call")]
    [InlineData("PHONE-CALL")]
    [InlineData("Phone-Call")]
    public void Kind_filter_takes_the_yaml_spelling_in_any_case(string kind)
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--kind", kind);

        IdsOf(result).ShouldBe(Catalog.Engagements.Where(e => e.Kind == EngagementKind.PhoneCall).Select(e => e.Id));
    }

    [Theory]
    [InlineData("IRN")]
    [InlineData("ir")]
    [InlineData("Iran")]
    [InlineData("Islamic Republic of Iran")]
    public void Country_filter_takes_codes_and_names(string country)
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--country", country);

        IdsOf(result).ShouldBe(Catalog.Engagements.Where(e => e.Involves(Countries.Iran)).Select(e => e.Id));
    }

    [Fact]
    public void Topic_and_date_filters_combine()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--topic", "jcpoa", "--from", "2020-07-17", "--to", "2025-12-31");

        IdsOf(result).ShouldBe(Catalog.Engagements
            .Where(e => e.Topics.Contains(Topics.Jcpoa) && e.Date >= new DateOnly(2020, 7, 17))
            .Select(e => e.Id));
        IdsOf(result).ShouldNotContain("putin-rouhani-phone-call-2020-07-16");
    }

    [Fact]
    public void Date_bounds_are_inclusive()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--from", "2024-07-16", "--to", "2024-07-16");

        IdsOf(result).ShouldBe(Catalog.EngagementsBetween(new DateOnly(2024, 7, 16), new DateOnly(2024, 7, 16)).Select(e => e.Id));
        IdsOf(result).ShouldBe(Catalog.Engagements.Where(e => e.Date == new DateOnly(2024, 7, 16)).Select(e => e.Id));
        IdsOf(result).ShouldNotBeEmpty("the data holds an engagement on the bound itself");
    }

    [Fact]
    public void Status_filter_finds_the_planned_session()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--status", "planned");

        IdsOf(result).ShouldBe(Catalog.Engagements.Where(e => e.Status == EngagementStatus.Planned).Select(e => e.Id));
        IdsOf(result).ShouldContain("iran-russia-jgc-18th-session-2025-04-23");
    }

    [Fact]
    public void Dates_are_printed_no_more_precisely_than_known()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list");

        result.Out.ShouldMatch(@"(?m)^2022-01-19\.\.2022-01-20 +visit ");
        result.Out.ShouldMatch(@"(?m)^~2024-06-10\.\.2024-06-11 +interview ");
        result.Out.ShouldMatch(@"(?m)^2020-07-01 +video-conference ");
    }

    [Fact]
    public void No_match_exits_1_with_a_message_on_stderr()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "list", "--kind", "visit", "--topic", "gaza");

        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("No engagement matches");
    }

    [Fact]
    public void From_after_to_is_a_usage_error()
    {
        var result = CliRun.Expect(ExitCodes.UsageError, "list", "--from", "2025-01-01", "--to", "2024-01-01");

        result.Error.ShouldBe("error: --from 2025-01-01 is after --to 2024-01-01.\n", StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void An_unknown_person_exits_1_and_suggests_close_names()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "list", "--person", "Sergey Lavrof");

        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("error: no person matches 'Sergey Lavrof'.");
        result.Error.ShouldContain("Did you mean:");
        result.Error.ShouldContain("Sergey Lavrov (sergey-lavrov)");
    }

    [Fact]
    public void An_ambiguous_name_word_lists_the_candidates()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "list", "--person", "ali");

        result.Error.ShouldContain("'ali' matches several people");
        result.Error.ShouldContain("Ali Bagheri Kani (ali-bagheri-kani)");
        result.Error.ShouldContain("Ali Khamenei (ali-khamenei)");
    }

    [Fact]
    public void Unknown_topic_and_country_suggest_or_list_the_known_ones()
    {
        CliRun.Expect(ExitCodes.NotFound, "list", "--topic", "gazza").Error.ShouldContain("gaza (");
        var country = CliRun.Expect(ExitCodes.NotFound, "list", "--country", "Atlantis");
        country.Error.ShouldContain("error: no country matches 'Atlantis'.");
        country.Error.ShouldContain("IRN (Iran)");
    }

    /// <summary>The ID column of a list table (the third column).</summary>
    private static string[] IdsOf(CliResult result) =>
        CliRun.Lines(result.Out).Skip(1)
            .Select(line => line.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray()[2])
            .ToArray();
}
