using System;
using System.Collections.Generic;
using System.Text;

namespace DiplomacyData.Unicode;

/// <summary>
/// Characters that look alike, from Unicode's confusables.txt (UTS #39, section 4): each maps to a prototype, and two
/// strings whose skeletons are equal are confusable, "Sergey" with a Cyrillic е (U+0435) and "Sergey" among them.
/// </summary>
internal static class Confusables
{
    private static readonly Lazy<Dictionary<int, string>> s_prototypes = new(Read);

    /// <summary>The prototype of <paramref name="codePoint"/> (one or more characters), or null when it maps to itself.</summary>
    public static string? PrototypeOf(int codePoint) => s_prototypes.Value.TryGetValue(codePoint, out var prototype) ? prototype : null;

    /// <summary>
    /// The skeleton of UTS #39, section 4: NFD, default-ignorable code points removed, each character replaced by
    /// its prototype, NFD again.
    /// </summary>
    public static string Skeleton(string text)
    {
        // ASCII is its own NFD: the common case (every id) goes without the normaliser.
        var decomposed = CodePoints.IsAscii(text) ? text : Nfc.Of(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length;)
        {
            var (codePoint, width) = CodePoints.At(decomposed, i);
            if (!UnicodeProperties.IsDefaultIgnorable(codePoint))
            {
                if (PrototypeOf(codePoint) is { } prototype)
                {
                    builder.Append(prototype);
                }
                else
                {
                    builder.Append(decomposed, i, width);
                }
            }

            i += width;
        }

        var skeleton = builder.ToString();
        return CodePoints.IsAscii(skeleton) ? skeleton : Nfc.Of(skeleton, NormalizationForm.FormD);
    }

    private static Dictionary<int, string> Read()
    {
        var prototypes = new Dictionary<int, string>();
        foreach (var fields in UnicodeDataFile.Records("confusables.txt"))
        {
            var target = new StringBuilder();
            foreach (var hex in fields[1].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                target.Append(char.ConvertFromUtf32(UnicodeDataFile.CodePoint(hex)));
            }

            prototypes[UnicodeDataFile.CodePoint(fields[0])] = target.ToString();
        }

        return prototypes;
    }
}
