namespace DiplomacyData.Tests;

/// <summary>
/// A source's, a topic's, a forum's and a country's engagements without a scan: each lookup gives what a scan of
/// the catalogue gives, in catalogue order, for every record of the catalogue.
/// </summary>
public class ReverseLookupTests
{
    [Fact]
    public void A_sources_engagements_are_those_it_reports()
    {
        Catalog.Sources.ShouldAllBe(source => Catalog.EngagementsOf(source).SequenceEqual(Catalog.Engagements.Where(e => e.Sources.Any(c => c.Source == source))));
        Catalog.Sources.ShouldAllBe(source => Catalog.EngagementsOf(source).Count > 0, "every source reports something");
    }

    [Fact]
    public void A_topics_engagements_are_those_that_discussed_it()
    {
        Catalog.Topics.ShouldAllBe(topic => Catalog.EngagementsOf(topic).SequenceEqual(Catalog.Engagements.Where(e => e.Topics.Contains(topic))));
        Catalog.Topics.ShouldContain(topic => Catalog.EngagementsOf(topic).Count > 1);
    }

    [Fact]
    public void An_organizations_engagements_are_those_held_in_it_as_a_forum()
    {
        Catalog.Organizations.ShouldAllBe(forum => Catalog.EngagementsOf(forum).SequenceEqual(Catalog.Engagements.Where(e => e.Forum == forum)));
        Catalog.Organizations.ShouldContain(forum => Catalog.EngagementsOf(forum).Count > 0);
    }

    [Fact]
    public void A_countrys_engagements_are_those_it_took_part_in_each_once()
    {
        Catalog.Countries.ShouldAllBe(country => Catalog.EngagementsOf(country).SequenceEqual(Catalog.Engagements.Where(e => e.Involves(country))));
    }

    [Fact]
    public void A_record_built_by_hand_equal_to_the_catalogues_finds_the_same_engagements()
    {
        var source = Catalog.Sources[0];
        var copy = source with { };

        ReferenceEquals(copy, source).ShouldBeFalse();
        Catalog.EngagementsOf(copy).ShouldBe(Catalog.EngagementsOf(source));
        Catalog.EngagementsOf(new Topic("no-such-topic", "Nothing")).ShouldBeEmpty();
        Should.Throw<ArgumentNullException>(() => Catalog.EngagementsOf((Source)null!));
    }
}
