using System.Globalization;
using System.Text;

namespace DiplomacyData.Cli.Lookup;

/// <summary>
/// What the CLI compares when it looks a name up: letters and digits only, lower-case, without diacritics,
/// so <c>Erdoğan</c>, <c>erdogan</c> and <c>ERDOGAN</c> are one key, and so are <c>phone-call</c> and <c>Phone call</c>.
/// </summary>
internal static class MatchKey
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
