using System.Globalization;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>How diagnostic messages word names and numbers: "a person", "plover coding", "(did you mean 'x'?)". Invariant culture throughout.</summary>
internal static class MessageText
{
    /// <summary><c>PloverCoding</c> → <c>plover coding</c>.</summary>
    public static string ToWords(string name) => NameRules.ToKebabCase(name).Replace('-', ' ');

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
