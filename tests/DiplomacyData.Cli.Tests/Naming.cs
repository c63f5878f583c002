namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Enum values as the YAML spells them, by the one shared rule (src/DiplomacyData/KebabCase.cs, compiled into the tool, which
/// these tests see; the rule itself is tested against spellings in the generator tests' KebabCaseTests).
/// </summary>
internal static class Naming
{
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => KebabCase.Of(value.ToString());
}
