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

    /// <summary><c>HeadOfStateOffice</c> → <c>head-of-state-office</c>: the YAML spelling of an enum member.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                var previousIsLower = char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]);
                var endsAcronym = char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLower || endsAcronym)
                {
                    builder.Append('-');
                }
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary><c>PloverCoding</c> → <c>plover coding</c>.</summary>
    public static string ToWords(string name) => ToKebabCase(name).Replace('-', ' ');

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public static string WithArticle(string words) =>
        (words.Length > 0 && "aeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;

    /// <summary>The edit distance used for "did you mean …?" suggestions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>"; did you mean 'x'?" for the closest candidate within a third of the word's length, else "".</summary>
    public static string Suggest(string value, System.Collections.Generic.IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = System.Math.Max(2, value.Length / 3);
        return best is not null && bestDistance <= allowed ? $" (did you mean '{best}'?)" : string.Empty;
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
