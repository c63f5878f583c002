namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The one kebab-case rule (src/DiplomacyData/KebabCase.cs): how the YAML spells enum members, linked into the generator,
/// the diplomacy tool and the tool's tests.
/// </summary>
public sealed class KebabCaseTests
{
    [Theory]
    [InlineData("PhoneCall", "phone-call")]
    [InlineData("MessageConveyed", "message-conveyed")]
    [InlineData("Agree", "agree")]
    [InlineData("HeadOfStateOffice", "head-of-state-office")]
    [InlineData("UNBody", "un-body")]
    [InlineData("JCPOA", "jcpoa")]
    [InlineData("G20Summit", "g20-summit")]
    [InlineData("Brics2024", "brics2024")]
    [InlineData("", "")]
    public void Spells_a_member_as_the_yaml_does(string member, string expected) =>
        KebabCase.Of(member).ShouldBe(expected);

    [Fact]
    public void Is_the_same_in_any_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases a capital I to a dotless ı unless the invariant culture is used.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            KebabCase.Of("IranInitiative").ShouldBe("iran-initiative");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
