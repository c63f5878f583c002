using System;

namespace DiplomacyData.Cli.Output;

/// <summary>
/// Enum values as the YAML spells them (<c>PhoneCall</c> is <c>phone-call</c>, by the generator's rule,
/// <see cref="KebabCase"/>), which is also how the CLI prints them, accepts them (<c>--kind phone-call</c>) and
/// exports them.
/// </summary>
internal static class Kebab
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(value.ToString());

    public static string Of(string pascalCase) => KebabCase.Of(pascalCase);

    /// <summary>Parses the kebab spelling (or the C# name), ignoring case; false for anything else.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every value's kebab spelling, in declaration order.</summary>
    public static string[] All<TEnum>()
        where TEnum : struct, Enum => Array.ConvertAll(Enum.GetValues<TEnum>(), v => Of(v));
}
