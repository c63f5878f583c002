using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Tests;

/// <summary>The tool spells, accepts and exports enum values as the YAML does: by the generator's rule, also where words are acronyms or end in digits.</summary>
public sealed class KebabTests
{
    [Theory]
    [InlineData("PhoneCall", "phone-call")]
    [InlineData("UNBody", "un-body")]
    [InlineData("G20Summit", "g20-summit")]
    public void The_tool_spells_a_member_as_the_yaml_does(string member, string expected) =>
        Kebab.Of(member).ShouldBe(expected);

    [Fact]
    public void Every_kind_the_tool_accepts_is_spelt_as_the_yaml_spells_it()
    {
        foreach (var kind in Enum.GetValues<EngagementKind>())
        {
            Kebab.TryParse<EngagementKind>(KebabCase.Of(kind.ToString()), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(kind);
        }
    }
}
