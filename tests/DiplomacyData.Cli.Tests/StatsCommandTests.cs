using System.Text.Json;
using DiplomacyData.Cli;

namespace DiplomacyData.Cli.Tests;

/// <summary><c>diplomacy stats</c>, as a table and as JSON, against counts taken from the catalogue here.</summary>
public class StatsCommandTests
{
    /// <summary>Every list of records the catalogue holds is counted (places were once left out), under its export table's name.</summary>
    [Fact]
    public void Json_counts_every_list_of_records_the_catalogue_holds()
    {
        var records = JsonDocument.Parse(CliRun.Expect(ExitCodes.Success, "stats", "--format", "json").Out).RootElement.GetProperty("records");
        var lists = typeof(Catalog).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .ToList();

        lists.Select(p => p.Name).ShouldContain("Places");
        foreach (var list in lists)
        {
            var name = System.Text.RegularExpressions.Regex.Replace(list.Name, "(?<=[a-z])(?=[A-Z])", "_").ToLowerInvariant();
            records.TryGetProperty(name, out var count).ShouldBeTrue($"stats has no count of {name}");
            count.GetInt32().ShouldBe(((System.Collections.ICollection)list.GetValue(null)!).Count, name);
        }
    }

    [Fact]
    public void Json_counts_match_the_catalogue()
    {
        var result = CliRun.Expect(ExitCodes.Success, "stats", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("version").GetString().ShouldBe(Catalog.Version);
        root.GetProperty("data_version").GetString().ShouldBe(Catalog.DataVersion);
        root.GetProperty("content_hash").GetString().ShouldBe(Catalog.ContentHash);
        var records = root.GetProperty("records");
        records.GetProperty("engagements").GetInt32().ShouldBe(Catalog.Engagements.Count);
        records.GetProperty("people").GetInt32().ShouldBe(Catalog.People.Count);
        records.GetProperty("countries").GetInt32().ShouldBe(Catalog.Countries.Count);
        records.GetProperty("organizations").GetInt32().ShouldBe(Catalog.Organizations.Count);
        records.GetProperty("topics").GetInt32().ShouldBe(Catalog.Topics.Count);
        records.GetProperty("sources").GetInt32().ShouldBe(Catalog.Sources.Count);
        records.GetProperty("cameo_codes").GetInt32().ShouldBe(Catalog.CameoCodes.Count);
        records.GetProperty("participations").GetInt32().ShouldBe(Catalog.Engagements.Sum(e => e.Participants.Count));
        records.GetProperty("citations").GetInt32().ShouldBe(Catalog.Engagements.Sum(e => e.Sources.Count));
        records.GetProperty("evidence_quotes").GetInt32().ShouldBe(Catalog.Engagements.SelectMany(e => e.Sources).Sum(c => c.Evidence.Count));
        records.GetProperty("statements").GetInt32().ShouldBe(Catalog.Engagements.Sum(e => e.Statements.Count));
        records.GetProperty("plover_events").GetInt32().ShouldBe(Catalog.Engagements.Count(e => e.Plover is not null));

        foreach (var kind in Enum.GetValues<EngagementKind>())
        {
            root.GetProperty("by_kind").GetProperty(Naming.Kebab(kind)).GetInt32().ShouldBe(Catalog.Engagements.Count(e => e.Kind == kind));
        }

        foreach (var year in Catalog.Engagements.Select(e => e.Date.Year).Distinct())
        {
            root.GetProperty("by_year").GetProperty(year.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetInt32()
                .ShouldBe(Catalog.Engagements.Count(e => e.Date.Year == year));
        }

        foreach (var country in Catalog.Countries)
        {
            root.GetProperty("by_country").GetProperty(country.Id).GetInt32().ShouldBe(Catalog.Engagements.Count(e => e.Involves(country)));
        }

        foreach (var person in Catalog.People)
        {
            root.GetProperty("by_person").GetProperty(person.Id).GetInt32().ShouldBe(Catalog.Engagements.Count(e => e.Involves(person)));
        }

        root.GetProperty("by_status").GetProperty("planned").GetInt32().ShouldBe(Catalog.Engagements.Count(e => e.Status == EngagementStatus.Planned));
    }

    [Fact]
    public void Json_is_the_same_on_every_run_with_unix_newlines()
    {
        var first = CliRun.Expect(ExitCodes.Success, "stats", "--format", "json").Out;
        var second = CliRun.Expect(ExitCodes.Success, "stats", "--format", "JSON").Out;

        second.ShouldBe(first);
        first.ShouldNotContain("\r");
        first.ShouldEndWith("}\n");
    }

    [Fact]
    public void Table_has_a_section_per_breakdown()
    {
        var result = CliRun.Expect(ExitCodes.Success, "stats");

        result.Out.ShouldStartWith($"DiplomacyData {Catalog.Version}\ndata {Catalog.DataVersion}, {Catalog.ContentHash}\n");
        Catalog.ContentHash.ShouldMatch("^sha256:[0-9a-f]{64}$");
        foreach (var title in new[] { "Records", "Engagements by kind", "Engagements by status", "Engagements by year", "Engagements by country", "Engagements by person" })
        {
            result.Out.ShouldContain("\n" + title);
        }

        CliRun.Lines(result.Out).ShouldContain(l => l.StartsWith("engagements ", StringComparison.Ordinal) && l.EndsWith(" " + Catalog.Engagements.Count, StringComparison.Ordinal));
        result.Out.ShouldNotContain("\u001b");
    }
}
