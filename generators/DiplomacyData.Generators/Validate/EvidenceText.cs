using System.Text;

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
