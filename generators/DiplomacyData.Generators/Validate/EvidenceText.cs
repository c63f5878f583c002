using System.Text;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// How evidence is compared with archived text: runs of white space count as one space, and typographic
/// quotes and dashes count as their plain forms. Nothing else is forgiven: evidence must be verbatim.
/// </summary>
internal static class EvidenceText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Null when <paramref name="quote"/> stands in <paramref name="normalizedText"/> (after normalising the
    /// quote); otherwise how many of its leading characters do, for the near-miss in the message.
    /// </summary>
    public static int? MissingFrom(string normalizedText, string quote)
    {
        var normalized = Normalize(quote);
        if (normalized.Length > 0 && normalizedText.IndexOf(normalized, System.StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return MatchingPrefixLength(normalizedText, normalized);
    }

    /// <summary>
    /// What DD0401 says of a quote the text does not hold: how far it matches and, by name, the characters at which
    /// it parts from the text, so that two letters that look alike are told apart; and when the two differ only in
    /// compatibility characters (a ligature, a full-width or superscript form: NFKC), that they do. Empty when too
    /// little matches to point anywhere.
    /// </summary>
    public static string NearMiss(string normalizedText, string quote, int matched)
    {
        var normalizedQuote = Normalize(quote);
        var compatible = Normalize(Compatible(quote)) is { Length: > 0 } folded && Normalize(Compatible(normalizedText)).IndexOf(folded, System.StringComparison.Ordinal) >= 0
            ? "; they differ only in compatibility characters (NFKC), so copy the passage as the text writes it"
            : string.Empty;
        if (matched < 8 || matched >= normalizedQuote.Length)
        {
            return compatible.Length == 0 ? string.Empty : " (" + compatible.Substring(2) + ")";
        }

        var at = normalizedText.IndexOf(normalizedQuote.Substring(0, matched), System.StringComparison.Ordinal) + matched;
        var theirs = at < normalizedText.Length ? CharacterNames.Tag(CodePoints.At(normalizedText, at).CodePoint) : "its end";
        var ours = CharacterNames.Tag(CodePoints.At(normalizedQuote, matched).CodePoint);
        var prefix = normalizedQuote.Substring(0, matched);
        return $" (the text matches its first {matched} characters, up to \"…{(prefix.Length <= 30 ? prefix : prefix.Substring(prefix.Length - 30))}\", then the evidence has {ours} where the text has {theirs}{compatible})";
    }

    private static string Compatible(string text) => Nfc.Of(text, NormalizationForm.FormKC);

    /// <summary>How many leading characters of <paramref name="quote"/> the text does contain (both normalised).</summary>
    public static int MatchingPrefixLength(string normalizedText, string normalizedQuote)
    {
        // Containing a prefix is monotone in its length, so a binary search finds the longest one.
        int low = 0, high = normalizedQuote.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (normalizedText.IndexOf(normalizedQuote.Substring(0, middle), System.StringComparison.Ordinal) >= 0)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
