using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// What the emitting steps compare bound records by: their content, not where it was written. Moved records are the
/// same; any changed value, key, reference or shape is not.
/// </summary>
public sealed class ContentEqualityTests
{
    private static LocationInfo At(int line) => new("/repo/data/a.yaml", new TextPosition(line * 10, (line * 10) + 5, line, 3, line, 8));

    private static BoundEntity Engagement(int line, string title = "Talks", string country = "IRN", string member = "Happened") =>
        new(
            new EntityKey("DiplomacyData.Engagement", "talks-1"),
            new ObjectValue(
                "DiplomacyData.Engagement",
                new[]
                {
                    new BoundArgument("Title", new TextValue(ValueKind.String, title, At(line + 1))),
                    new BoundArgument("Country", new ReferenceValue(new EntityKey("DiplomacyData.Country", country), At(line + 2))),
                    new BoundArgument("Status", new EnumValue("DiplomacyData.EngagementStatus", member, At(line + 3))),
                    new BoundArgument("Notes", new NullValue(At(line + 4))),
                }.ToEquatableArray(),
                At(line)),
            HasErrors: false,
            new[] { new EntityKey("DiplomacyData.Country", country) }.ToEquatableArray());

    [Fact]
    public void A_record_moved_to_other_lines_has_the_same_content_though_not_the_same_positions()
    {
        var before = Engagement(line: 3);
        var moved = Engagement(line: 30);

        before.Equals(moved).ShouldBeFalse("a bound record's own equality counts positions, for the rules that report at them");
        ContentEquality.SameContent(before, moved).ShouldBeTrue();
    }

    [Theory]
    [InlineData("title")]
    [InlineData("reference")]
    [InlineData("enum member")]
    public void A_changed_value_is_other_content_wherever_it_was_written(string change)
    {
        var changed = change switch
        {
            "title" => Engagement(line: 30, title: "Talks held"),
            "reference" => Engagement(line: 30, country: "RUS"),
            _ => Engagement(line: 30, member: "Planned"),
        };

        ContentEquality.SameContent(Engagement(line: 3), changed).ShouldBeFalse();
    }

    [Fact]
    public void A_value_of_another_kind_is_other_content_even_with_the_same_text()
    {
        ContentEquality.SameContent(new TextValue(ValueKind.String, "2024", At(1)), new TextValue(ValueKind.Number, "2024", At(1))).ShouldBeFalse();
        ContentEquality.SameContent(new TextValue(ValueKind.String, "x", At(1)), new NullValue(At(1))).ShouldBeFalse();
    }
}
