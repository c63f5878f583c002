using System.Globalization;
using DiplomacyData.Cli;

namespace DiplomacyData.Cli.Tests;

/// <summary><c>diplomacy people</c> and <c>diplomacy person &lt;name&gt;</c>.</summary>
public class PeopleCommandTests
{
    [Fact]
    public void People_lists_everyone_by_id_with_country_and_engagement_count()
    {
        var result = CliRun.Expect(ExitCodes.Success, "people");

        var rows = CliRun.Lines(result.Out).Skip(1).ToArray();
        rows.Length.ShouldBe(Catalog.People.Count);
        foreach (var (row, person) in rows.Zip(Catalog.People.OrderBy(p => p.Id, StringComparer.Ordinal)))
        {
            var cells = row.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();
            cells[0].ShouldBe(person.Id);
            cells[1].ShouldBe(person.Name.Full);
            cells[2].ShouldBe(person.Country.Id);
            cells[3].ShouldBe(Catalog.EngagementsOf(person).Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void People_can_be_limited_to_a_country()
    {
        var result = CliRun.Expect(ExitCodes.Success, "people", "--country", "RUS");

        CliRun.Lines(result.Out).Length.ShouldBe(1 + Catalog.People.Count(p => p.Country == Countries.Russia));
        result.Out.ShouldNotContain("IRN");
    }

    [Theory]
    [InlineData("Ali Bagheri Kani")]
    [InlineData("ali-bagheri-kani")]
    [InlineData("Ali Baqeri Kani")]
    [InlineData("bagheri")]
    public void Person_resolves_names_and_prints_roles_over_time(string name)
    {
        var result = CliRun.Expect(ExitCodes.Success, "person", name);

        var person = People.AliBagheriKani;
        result.Out.ShouldStartWith(person.Name.Full);
        result.Out.ShouldContain("FROM        TO          TITLE");
        foreach (var role in person.Roles)
        {
            var from = role.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
            var to = role.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "in office";
            var line = CliRun.Lines(result.Out).Single(l => l.StartsWith(from + "  ", StringComparison.Ordinal) && l.Contains(role.Title, StringComparison.Ordinal));
            line.ShouldContain(to);
            line.ShouldContain(role.Organization!.Name);
            line.ShouldEndWith(role.Acting ? "yes" : "no");
        }

        foreach (var engagement in Catalog.EngagementsOf(person))
        {
            result.Out.ShouldContain(engagement.Id);
        }
    }

    [Fact]
    public void Person_shows_the_acting_role_held_on_2024_07_16()
    {
        var result = CliRun.Expect(ExitCodes.Success, "person", "Ali Bagheri Kani");

        var acting = People.AliBagheriKani.RoleOn(new DateOnly(2024, 7, 16))!;
        acting.Acting.ShouldBeTrue();
        CliRun.Lines(result.Out).ShouldContain(l => l.StartsWith("2024-05-20", StringComparison.Ordinal) && l.EndsWith("yes", StringComparison.Ordinal));
    }

    [Fact]
    public void Person_prints_native_name_and_aliases()
    {
        var result = CliRun.Expect(ExitCodes.Success, "person", "Sergei Lavrov");

        result.Out.ShouldStartWith("Sergey Lavrov (Сергей Лавров)");
        result.Out.ShouldContain("Aliases:      Sergei Lavrov");
        result.Out.ShouldContain("in office");
    }

    // Issue 9, item 10: the tool and the package answer every name alike, because the tool asks the package.
    [Theory]
    [InlineData("lavrov")]
    [InlineData("Kani")]
    [InlineData("Raeisi")]
    [InlineData("Ebrahim Ra\u02BCisi")]
    [InlineData("\u02BFAbbas \u02BFAraqchi")]
    [InlineData("\u0639\u0644\u064A \u062E\u0627\u0645\u0646\u0647 \u0627\u064A")]
    [InlineData("ali")]
    [InlineData("Araghci")]
    public void Person_finds_whom_Catalog_FindPerson_finds(string name)
    {
        var result = CliRun.Run("person", name);

        if (Catalog.FindPerson(name) is { } person)
        {
            result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
            result.Out.ShouldStartWith(person.Name.Full);
        }
        else
        {
            result.ExitCode.ShouldBe(ExitCodes.NotFound, result.ToString());
        }
    }

    [Fact]
    public void A_name_word_several_people_share_lists_the_candidates_as_SearchPeople_ranks_them()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "person", "ali");

        result.Error.ShouldContain("error: 'ali' matches several people; give a full name or an id.");
        var listed = CliRun.Lines(result.Error).SkipWhile(l => l != "Candidates:").Skip(1).Select(l => l.Trim()).ToList();
        listed.ShouldBe(Catalog.SearchPeople("ali").Select(p => $"{p.Name.Full} ({p.Id})").ToList());
        listed.Count.ShouldBeGreaterThan(1, "the catalogue has several people named Ali");
    }

    [Fact]
    public void List_by_a_family_name_with_another_apostrophe_finds_the_person()
    {
        var byId = CliRun.Expect(ExitCodes.Success, "list", "--person", "ebrahim-raisi");
        var byVariant = CliRun.Expect(ExitCodes.Success, "list", "--person", "Ra\u02BFisi");

        byVariant.Out.ShouldBe(byId.Out);
    }

    [Fact]
    public void An_unknown_person_exits_1_with_suggestions()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "person", "Araghci");

        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("error: no person matches 'Araghci'.");
        result.Error.ShouldContain("Abbas Araghchi (abbas-araghchi)");
    }

    [Fact]
    public void A_name_nobody_resembles_points_to_people()
    {
        var result = CliRun.Expect(ExitCodes.NotFound, "person", "Metternich");

        result.Error.ShouldContain("Run 'diplomacy people' to see everyone.");
    }
}
