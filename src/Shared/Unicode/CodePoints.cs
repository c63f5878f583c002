using System.Globalization;

namespace DiplomacyData.Unicode;

/// <summary>Code points in a .NET string: a surrogate pair is one, an unpaired half is itself (and stays visible as such).</summary>
internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/> and how many chars it takes (1 or 2).</summary>
    public static (int CodePoint, int Width) At(string text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? (char.ConvertToUtf32(c, text[index + 1]), 2)
            : (c, 1);
    }

    /// <summary>The code point that ends just before <paramref name="index"/> and where it starts; (-1, -1) at the start.</summary>
    public static (int CodePoint, int Start) Before(string text, int index)
    {
        if (index <= 0)
        {
            return (-1, -1);
        }

        var start = index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1;
        return (At(text, start).CodePoint, start);
    }

    /// <summary>True when every char is ASCII: the common case, which no text rule needs to look at further.</summary>
    public static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"U+0435": four to six hexadecimal digits, as Unicode writes a code point.</summary>
    public static string Notation(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
