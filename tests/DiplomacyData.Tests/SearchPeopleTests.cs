namespace DiplomacyData.Tests;

/// <summary>
/// <see cref="Catalog.SearchPeople"/> and the index behind it and <see cref="Catalog.FindPerson"/> (issue 9, item 10):
/// every candidate, ranked whole name, family name, part of a name.
/// </summary>
public class SearchPeopleTests
{
    [Fact]
    public void A_part_that_several_people_share_lists_them_all_by_id()
    {
        Catalog.SearchPeople("ali").Select(p => p.Id)
            .ShouldBe(["ali-bagheri-kani", "ali-khamenei", "seyed-ali-mousavi"]);
    }

    [Theory]
    [InlineData("Lavrov", "sergey-lavrov")]
    [InlineData("sergei lavrov", "sergey-lavrov")]
    [InlineData("Kani", "ali-bagheri-kani")]
    public void A_query_that_names_one_person_lists_that_person_only(string query, string id) =>
        Catalog.SearchPeople(query).Select(p => p.Id).ShouldBe([id]);

    [Theory]
    [InlineData("")]
    [InlineData("  -' ")]
    [InlineData("Nobody")]
    [InlineData("Lavr")] // a part is whole words, not the start of one
    public void Nothing_matching_is_an_empty_list(string query) =>
        Catalog.SearchPeople(query).ShouldBeEmpty();

    [Fact]
    public void The_candidates_are_the_handle_instances() =>
        Catalog.SearchPeople("Lavrov")[0].ShouldBeSameAs(People.SergeyLavrov);

    [Fact]
    public void Findperson_is_the_single_candidate_of_the_best_rank_for_every_word_of_every_name()
    {
        var words = Catalog.People
            .SelectMany(p => new[] { p.Id, p.Name.Full, p.Name.Family, p.Name.Given, p.Name.Native ?? "" }.Concat(p.Aliases))
            .SelectMany(n => n.Split(' ', '-').Append(n))
            .Where(w => w.Length > 0)
            .Distinct();
        foreach (var word in words)
        {
            var candidates = Catalog.SearchPeople(word);
            candidates.ShouldNotBeEmpty(word);
            var found = Catalog.FindPerson(word);
            if (found is not null)
            {
                candidates[0].ShouldBeSameAs(found, word);
            }
            else
            {
                candidates.Count.ShouldBeGreaterThan(1, word);
            }
        }
    }

    [Fact]
    public void Ranks_whole_names_before_family_names_before_parts()
    {
        var index = new PersonNameIndex([
            Person("zoya-karimi", "Zoya", "Karimi"),
            Person("ali-karimi-nejad", "Ali", "Karimi Nejad"),
            Person("karimi", "Reza", "Tehrani", "Karimi"),   // "Karimi" is this person's alias
            Person("nejad-ali", "Nejad", "Ali"),
        ]);

        index.All("Karimi").Select(p => p.Id).ShouldBe(["karimi", "zoya-karimi", "ali-karimi-nejad"]);
        index.Best("Karimi").Select(p => p.Id).ShouldBe(["karimi"]);
        index.All("Ali").Select(p => p.Id).ShouldBe(["nejad-ali", "ali-karimi-nejad"]);
        index.Best("Ali").Select(p => p.Id).ShouldBe(["nejad-ali"], "a family name names one person before a part names two");
        index.Best("Nejad").Select(p => p.Id).ShouldBe(["ali-karimi-nejad", "nejad-ali"], "two people at the best rank: ambiguous");
    }

    [Fact]
    public void A_name_with_a_different_apostrophe_is_the_same_name()
    {
        var index = new PersonNameIndex([Person("mohammad-jafari", "Mohammad", "Ja'fari")]);

        index.Best("Ja\u02BCfari").Select(p => p.Id).ShouldBe(["mohammad-jafari"]);
        index.Best("Mohammad Ja\u02BFfari").Select(p => p.Id).ShouldBe(["mohammad-jafari"]);
    }

    private static Person Person(string id, string given, string family, params string[] aliases) =>
        new(id, new PersonName(given, family), Countries.Iran, aliases, []);
}
