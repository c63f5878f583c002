using System.Text;

namespace DiplomacyData.Generators.Schema;

/// <summary>
/// The conventions that tie the model's C# names to the YAML's spellings and back: a parameter's YAML key, an enum
/// member's YAML spelling (the shared <see cref="CamelCase"/> and <see cref="KebabCase"/> rules) and the C# name of a typed handle or handle
/// class. Invariant culture throughout.
/// </summary>
internal static class NameRules
{
    /// <summary><c>sergey-lavrov</c> → <c>SergeyLavrov</c>; <c>United States</c> → <c>UnitedStates</c>. Letters keep their case after the first.</summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (!startOfWord && IsMark(c))
            {
                // A combining mark belongs to the letter before it (C# takes marks in identifiers): a name in NFD,
                // "Türkiye", is the name "Türkiye", not two words.
                builder.Append(c);
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    private static bool IsMark(char c) =>
        DiplomacyData.Unicode.UnicodeProperties.GeneralCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The typed handle's name for a record whose handle is named from <paramref name="source"/>: PascalCase, '_' before a leading digit.</summary>
    public static string HandleName(string source)
    {
        var name = ToPascalCase(source);
        return name.Length > 0 && char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary><c>CameoCodes</c> → <c>cameoCodes</c>: the YAML key of a constructor parameter.</summary>
    public static string ToCamelCase(string name) => CamelCase.Of(name);

    /// <summary><c>HeadOfStateOffice</c> → <c>head-of-state-office</c>: the YAML spelling of an enum member.</summary>
    public static string ToKebabCase(string name) => KebabCase.Of(name);
}
