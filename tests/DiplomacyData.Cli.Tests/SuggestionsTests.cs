using DiplomacyData.Cli.Lookup;

namespace DiplomacyData.Cli.Tests;

/// <summary>The "did you mean" lines behind every not-found error (the ranking itself: NearMatchTests of the generator tests).</summary>
public class SuggestionsTests
{
    [Fact]
    public void Containment_ranks_before_typos_and_far_names_are_left_out()
    {
        (IEnumerable<string> Keys, string Display)[] candidates =
        [
            (["sergey-lavrov", "Sergei Lavrov"], "Sergey Lavrov"),
            (["abbas-araghchi"], "Abbas Araghchi"),
            (["vladimir-putin"], "Vladimir Putin"),
        ];

        Suggestions.Closest("lavrov", candidates).ShouldBe(["Sergey Lavrov"]);
        Suggestions.Closest("Abas Araghchi", candidates).ShouldBe(["Abbas Araghchi"]);
        Suggestions.Closest("Metternich", candidates).ShouldBeEmpty();
        Suggestions.Closest("  ", candidates).ShouldBeEmpty();
    }

    [Fact]
    public void A_name_that_the_query_extends_ranks_before_one_at_a_smaller_edit_distance()
    {
        (IEnumerable<string> Keys, string Display)[] candidates =
        [
            (["stats"], "stats"),
            (["status"], "status"),
        ];

        // "statsx" extends "stats"; "status" is only two mistakes away, so it comes second.
        Suggestions.Closest("statsx", candidates).ShouldBe(["stats", "status"]);
        Suggestions.Closest("statu", candidates).ShouldBe(["status", "stats"]);
        Suggestions.Closest("stat", candidates).ShouldBe(["stats", "status"]);
    }
}
