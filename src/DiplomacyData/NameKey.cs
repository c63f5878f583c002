using System.Globalization;
using System.Text;

namespace DiplomacyData;

/// <summary>The comparison key for people's names: what <see cref="Catalog.FindPerson"/> treats as equal.</summary>
internal static class NameKey
{
    /// <summary>
    /// Lower-cases (invariant), strips diacritics, and drops hyphens, dashes, apostrophes, dots and white space.
    /// </summary>
    public static string Normalize(string name)
    {
        var decomposed = Decompose(name);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.Format:
                    continue;
            }

            if (char.IsWhiteSpace(c) || c is '\'' or '\u2019' or '\u2018' or '`' or '.')
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return Compose(key.ToString());
    }

    // Strings with unpaired surrogates or non-characters cannot be normalised; they are compared as written.
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (System.ArgumentException)
        {
            return text;
        }
    }

    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (System.ArgumentException)
        {
            return text;
        }
    }
}
