using System.Text.RegularExpressions;

namespace DiplomacyData.Cli.Tests;

/// <summary>The tests' own spelling of enum values, written independently of the tool's: YAML's kebab-case.</summary>
internal static partial class Naming
{
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => UpperAfterFirst().Replace(value.ToString(), "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex UpperAfterFirst();
}
