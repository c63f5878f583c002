using System;
using System.Text;

namespace DiplomacyData.Unicode;

/// <summary>
/// Unicode normalization (UAX #15) as the runtime implements it, made total: .NET refuses to normalise a string that
/// holds an unpaired surrogate or U+FFFE, and a single such character must not leave the rest of a text (an archived
/// article, a value) unnormalised. Those characters are kept as they are, and the text between them is normalised.
/// </summary>
internal static class Nfc
{
    /// <summary><paramref name="text"/> in <paramref name="form"/>; the same instance when it already is.</summary>
    public static string Of(string text, NormalizationForm form = NormalizationForm.FormC)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return BySegments(text, form);
        }
    }

    private static string BySegments(string text, NormalizationForm form)
    {
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (codePoint == 0xFFFE || (width == 1 && char.IsSurrogate(text[i])))
            {
                builder.Append(text.Substring(start, i - start).Normalize(form)).Append(text[i]);
                start = i + 1;
            }

            i += width - 1;
        }

        builder.Append(text.Substring(start).Normalize(form));
        var result = builder.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }
}
