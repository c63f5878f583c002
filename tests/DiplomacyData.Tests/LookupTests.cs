namespace DiplomacyData.Tests;

public class LookupTests
{
    [Fact]
    public void FindEngagement_returns_the_handle_instance_or_null()
    {
        Catalog.FindEngagement("lavrov-araghchi-talks-2025-04-18").ShouldBeSameAs(Engagements.LavrovAraghchiTalks20250418);
        Catalog.FindEngagement("no-such-engagement").ShouldBeNull();
        Catalog.FindEngagement("LAVROV-ARAGHCHI-TALKS-2025-04-18").ShouldBeNull("ids are exact");
    }

    [Fact]
    public void EngagementsOf_matches_a_scan_of_the_catalogue_for_every_person()
    {
        foreach (var person in Catalog.People)
        {
            Catalog.EngagementsOf(person).ShouldBe(Catalog.Engagements.Where(e => e.Involves(person)).ToList(), person.Id);
        }

        Catalog.EngagementsOf(People.SergeyLavrov).Count.ShouldBeGreaterThan(5);
    }

    [Theory]
    [InlineData("2020-01-01", "2020-12-31")]
    [InlineData("2024-07-16", "2024-07-16")]
    [InlineData("2024-06-11", "2024-07-16")]
    [InlineData("2030-01-01", "2031-01-01")]
    [InlineData("2025-01-01", "2024-01-01")]
    [InlineData("0001-01-01", "9999-12-31")]
    public void EngagementsBetween_matches_a_scan_of_the_catalogue(string from, string to)
    {
        var (start, end) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var found = Catalog.EngagementsBetween(start, end);

        found.ShouldBe(Catalog.Engagements.Where(e => e.Date >= start && e.Date <= end).ToList());
        found.Count.ShouldBe(found.ToList().Count);
    }
}
