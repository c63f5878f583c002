using DiplomacyData.Cli.Export.Dyads;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The dyads of an engagement and the number of independent sources, on engagements built here so that each
/// case (repeated publisher, unknown publisher, repeated participant, one country) is present whatever the data holds.
/// </summary>
public class DyadTests
{
    private static readonly Country Iran = Countries.Iran;
    private static readonly Country Russia = Countries.Russia;

    [Fact]
    public void Two_articles_of_one_publisher_are_one_independent_source()
    {
        var engagement = With(Sources(("Mehr News Agency"), ("MEHR NEWS AGENCY"), ("TASS")));

        IndependentSources.Count(engagement).ShouldBe(2);
    }

    [Fact]
    public void Sources_of_unknown_publisher_count_as_one_together()
    {
        var engagement = With(Sources((string?)null, null, "TASS"));

        IndependentSources.Count(engagement).ShouldBe(2);
    }

    [Fact]
    public void Every_ordered_pair_of_different_people_and_of_different_countries_is_a_dyad()
    {
        var (a, b, c) = (Person("a", Iran), Person("b", Iran), Person("c", Russia));
        var engagement = With(Sources("TASS"), a, b, c, a);

        var dyads = Dyad.Of(engagement).Select(d => (d.Level, d.Actor1Id, d.Actor2Id)).ToList();

        dyads.ShouldBe(new[]
        {
            (DyadLevel.Person, "a", "b"), (DyadLevel.Person, "a", "c"),
            (DyadLevel.Person, "b", "a"), (DyadLevel.Person, "b", "c"),
            (DyadLevel.Person, "c", "a"), (DyadLevel.Person, "c", "b"),
            (DyadLevel.Country, "IRN", "RUS"), (DyadLevel.Country, "RUS", "IRN"),
        });
    }

    [Fact]
    public void People_of_one_country_give_no_country_dyad_and_one_person_no_dyad_at_all()
    {
        Dyad.Of(With(Sources("TASS"), Person("a", Iran), Person("b", Iran))).ShouldAllBe(d => d.Level == DyadLevel.Person);
        Dyad.Of(With(Sources("TASS"), Person("a", Iran))).ShouldBeEmpty();
    }

    private static Person Person(string id, Country country) =>
        Catalog.People.First(p => p.Country == country) with { Id = id };

    private static List<Citation> Sources(params string?[] publishers) =>
        publishers.Select((publisher, i) => Catalog.Engagements.SelectMany(e => e.Sources).First() with
        {
            Source = Catalog.Sources.First() with { Id = "s" + i, Publisher = publisher },
        }).ToList();

    private static Engagement With(List<Citation> sources, params Person[] people)
    {
        var template = Catalog.Engagements.First(e => e.Participants.Count > 0);
        return template with
        {
            Sources = sources,
            Participants = people.Select(p => template.Participants[0] with { Person = p }).ToList(),
        };
    }
}
