using System.Globalization;
using System.Text;

namespace DiplomacyData.Generators.Common;

/// <summary>The naming conventions that tie YAML spellings to C# names. Invariant culture throughout.</summary>
internal static class Naming
{
    /// <summary><c>sergey-lavrov</c> → <c>SergeyLavrov</c>; <c>United States</c> → <c>UnitedStates</c>. Letters keep their case after the first.</summary>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
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

    /// <summary><c>CameoCodes</c> → <c>cameoCodes</c>: the YAML key of a constructor parameter.</summary>
    public static string ToCamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>The YAML spelling of an enum member: the shared rule (<see cref="KebabCase"/>).</summary>
    public static string ToKebabCase(string name) => KebabCase.Of(name);

    /// <summary><c>PloverCoding</c> → <c>plover coding</c>.</summary>
    public static string ToWords(string name) => ToKebabCase(name).Replace('-', ' ');

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public static string WithArticle(string words) =>
        (words.Length > 0 && "aeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;

    /// <summary>" (did you mean 'x'?)" for the nearest candidate by the shared rule (<see cref="NearMatch"/>), else "".</summary>
    public static string Suggest(string value, System.Collections.Generic.IEnumerable<string> candidates) =>
        DidYouMean(NearMatch.Best(value, candidates));

    /// <summary>" (did you mean 'x'?)", or "" when there is nothing to suggest.</summary>
    public static string DidYouMean(string? suggestion) =>
        suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
