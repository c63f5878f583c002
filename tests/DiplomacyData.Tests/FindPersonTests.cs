namespace DiplomacyData.Tests;

public class FindPersonTests
{
    [Theory]
    [InlineData("sergey-lavrov")]
    [InlineData("Sergey Lavrov")]
    [InlineData("Sergei Lavrov")]
    [InlineData("SERGEI   LAVROV")]
    [InlineData("  sergei\tlavrov ")]
    [InlineData("Сергей Лавров")]
    public void Finds_lavrov_by_id_name_alias_and_native_script(string query) =>
        Catalog.FindPerson(query).ShouldBeSameAs(People.SergeyLavrov);

    [Theory]
    [InlineData("Hossein Amir-Abdollahian")]
    [InlineData("Hossein Amir Abdollahian")]
    [InlineData("hossein amirabdollahian")]
    public void Hyphens_and_spacing_do_not_matter(string query) =>
        Catalog.FindPerson(query).ShouldBeSameAs(People.HosseinAmirAbdollahian);

    [Theory]
    [InlineData("Recep Tayyip Erdoğan")]
    [InlineData("Recep Tayyip Erdogan")]
    [InlineData("RECEP TAYYIP ERDOĞAN")]
    public void Diacritics_do_not_matter(string query) =>
        Catalog.FindPerson(query).ShouldBeSameAs(People.RecepTayyipErdogan);

    [Fact]
    public void The_articles_own_transliterations_resolve()
    {
        Catalog.FindPerson("Raeisi").ShouldBeNull("a bare family name is not an alias");
        Catalog.FindPerson("Ebrahim Raeisi").ShouldBeSameAs(People.EbrahimRaisi);
        Catalog.FindPerson("Andrei Rudenko").ShouldBeSameAs(People.AndreyRudenko);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nobody Atall")]
    [InlineData("Lavrov Sergey")]
    public void Returns_null_when_nothing_matches(string query) =>
        Catalog.FindPerson(query).ShouldBeNull();

    [Fact]
    public void No_two_people_share_a_normalised_name_or_alias()
    {
        var keys = Catalog.People
            .SelectMany(p => new[] { p.Id, p.Name.Full }.Concat(p.Aliases).Select(k => (Key: Normalize(k), Person: p.Id)))
            .Distinct()
            .GroupBy(k => k.Key)
            .Where(g => g.Select(x => x.Person).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

        keys.ShouldBeEmpty();

        static string Normalize(string s) => new(s.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
    }
}
