using System.Globalization;
using System.Text;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// The rule for every value a diagnostic message quotes: characters a reader cannot see are written as
/// <c>&lt;U+XXXX&gt;</c>, so that "Unknown key 'id'" never hides a zero-width space or a byte order mark that
/// makes the key unknown. Applied once, in <see cref="DiagnosticInfo.ToDiagnostic"/>, never at a call site.
/// </summary>
internal static class VisibleText
{
    /// <summary><paramref name="value"/> with every invisible character replaced by its code point; the same string when it has none.</summary>
    public static string Of(string value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var first = IndexOfInvisible(value, 0);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var width = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 1;
            if (IsInvisible(value, i))
            {
                builder.Append(CodePoint(value, i, width));
            }
            else
            {
                builder.Append(value, i, width);
            }

            i += width - 1;
        }

        return builder.ToString();
    }

    /// <summary>"&lt;U+200B&gt;": the notation used in messages (four to six hex digits, as Unicode writes them).</summary>
    public static string CodePoint(int codePoint) =>
        "<U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + ">";

    /// <summary>
    /// True when the character at <paramref name="index"/> shows as nothing or as a plain space: controls,
    /// format characters (zero-width spaces and joiners, bidirectional marks, the byte order mark, soft hyphen),
    /// line and paragraph separators, space separators other than U+0020, surrogates without a partner, private
    /// use and unassigned code points, and the default-ignorable code points of other categories (variation
    /// selectors, Hangul fillers, the combining grapheme joiner), as Unicode's DerivedCoreProperties lists them.
    /// </summary>
    public static bool IsInvisible(string value, int index)
    {
        var c = value[index];
        if (c == ' ')
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(value, index))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
        }

        var codePoint = char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
            ? char.ConvertToUtf32(c, value[index + 1])
            : c;
        return IsDefaultIgnorableOutsideFormat(codePoint);
    }

    private static int IndexOfInvisible(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            if (IsInvisible(value, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static string CodePoint(string value, int index, int width) =>
        CodePoint(width == 2 ? char.ConvertToUtf32(value[index], value[index + 1]) : value[index]);

    /// <summary>Default_Ignorable_Code_Point (Unicode 15.1) minus the ranges whose category is Cf, Cn or Cs, which are caught above.</summary>
    private static bool IsDefaultIgnorableOutsideFormat(int c) =>
        c == 0x034F
        || c is 0x115F or 0x1160 or 0x3164 or 0xFFA0
        || c is 0x17B4 or 0x17B5
        || c is >= 0x180B and <= 0x180F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is >= 0xE0100 and <= 0xE01EF;
}
