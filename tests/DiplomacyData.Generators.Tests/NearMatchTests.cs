namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The one "did you mean" rule (src/Shared/NearMatch.cs, linked into the generator and the diplomacy tool): a
/// name the typo extends or cuts short first, then one containing it or contained in it, then edit distance.
/// </summary>
public class NearMatchTests
{
    private static readonly string[] s_sourceKeys = ["id", "title", "publisher", "published", "url", "language", "publishedNote", "dateline"];

    [Theory]
    [InlineData("publishedDate", "published")]      // extends 'published', though two edits from 'publishedNote'
    [InlineData("publishedNot", "publishedNote")]   // cut short
    [InlineData("publishednote", "publishedNote")]  // case does not count
    [InlineData("published-note", "publishedNote")] // nor hyphens
    [InlineData("titel", "title")]                  // a swap is one mistake
    [InlineData("lang", "language")]
    [InlineData("sourceTitle", "title")]            // contains it
    public void Suggests_the_key_the_typo_extends_or_starts_before_the_nearest_by_edits(string typed, string expected) =>
        NearMatch.Best(typed, s_sourceKeys).ShouldBe(expected);

    [Theory]
    [InlineData("x")]
    [InlineData("zzzzzz")]
    [InlineData("  ")]
    [InlineData("")]
    public void Suggests_nothing_when_nothing_is_near(string typed) =>
        NearMatch.Best(typed, s_sourceKeys).ShouldBeNull();

    [Fact]
    public void One_or_two_letters_do_not_start_everything()
    {
        // "pu" starts three keys, but two letters say too little; it is also too far from each by edits.
        NearMatch.Best("pu", s_sourceKeys).ShouldBeNull();
        NearMatch.Best("pub", s_sourceKeys).ShouldBe("publisher");
    }

    [Fact]
    public void Ranks_every_candidate_by_its_nearest_key_then_keeps_their_order()
    {
        (string Display, string[] Keys)[] people =
        [
            ("Abbas Araghchi", ["abbas-araghchi"]),
            ("Sergey Lavrov", ["sergey-lavrov", "Sergei Lavrov"]),
            ("Lavrentiy Beria", ["lavrentiy-beria"]),
        ];

        NearMatch.Rank("Lavrov", people, p => p.Keys).Select(p => p.Display).ShouldBe(["Sergey Lavrov"]);
        NearMatch.Rank("Sergei Lavrof", people, p => p.Keys).Select(p => p.Display).ShouldBe(["Sergey Lavrov"]);
        // 'lavrentiyberia' starts with it, 'sergeylavrov' only contains it.
        NearMatch.Rank("lavr", people, p => p.Keys).Select(p => p.Display).ShouldBe(["Lavrentiy Beria", "Sergey Lavrov"]);
        // Equally near: the candidates' own order.
        NearMatch.Rank("abbas", ["abbas-b", "abbas-a"], p => [p]).ShouldBe(["abbas-b", "abbas-a"]);
    }

    [Theory]
    [InlineData("list", "list", 0)]
    [InlineData("lsit", "list", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_a_swap_as_one_mistake(string a, string b, int distance)
    {
        NearMatch.EditDistance(a, b).ShouldBe(distance);
        NearMatch.EditDistance(b, a).ShouldBe(distance);
    }
}
