using System.Text;

namespace DiplomacyData.Unicode;

/// <summary>
/// Right-to-left text set apart from what surrounds it when the tools show it (UAX #9, section 6.3): a Persian title
/// between a date and a comma would otherwise pull them into its own direction ("14-09-2021 ,مشاور"). The tools
/// write FIRST STRONG ISOLATE before each run of right-to-left text and POP DIRECTIONAL ISOLATE after it, in
/// terminal output and in the report's HTML and SVG text alike.
/// </summary>
internal static class BidiIsolation
{
    /// <summary>FIRST STRONG ISOLATE: the text that follows takes the direction of its own first strong letter.</summary>
    public const char FirstStrongIsolate = '\u2068';

    /// <summary>POP DIRECTIONAL ISOLATE: ends what <see cref="FirstStrongIsolate"/> began.</summary>
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// <paramref name="text"/> with each run of right-to-left text isolated: from a strong right-to-left letter to the
    /// last one before the next strong left-to-right letter (or the end), with the words, spaces and digits between
    /// them, and the marks that follow the last. Left-to-right text, and the punctuation and numbers around a run,
    /// stay outside it, so "مشاور ارشد, 2021-09-14" keeps its date after its comma. The same string when it holds no
    /// right-to-left letter.
    /// </summary>
    public static string IsolateRuns(string? text)
    {
        if (text is null || !HiddenCharacters.HasRightToLeft(text))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            var start = NextRightToLeft(text, i);
            if (start < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            var end = RunEnd(text, start);
            builder.Append(text, i, start - i).Append(FirstStrongIsolate).Append(text, start, end - start).Append(PopDirectionalIsolate);
            i = end;
        }

        return builder.ToString();
    }

    private static int NextRightToLeft(string text, int from)
    {
        for (var i = from; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (IsStrongRightToLeft(codePoint))
            {
                return i;
            }

            i += width;
        }

        return -1;
    }

    /// <summary>Just after the run's last right-to-left letter, and the marks and joiners that belong to it.</summary>
    private static int RunEnd(string text, int start)
    {
        var end = start + CodePoints.At(text, start).Width;
        for (var i = end; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (UnicodeProperties.IsLeftToRight(codePoint))
            {
                break;
            }

            i += width;
            if (IsStrongRightToLeft(codePoint))
            {
                end = i;
            }
        }

        while (end < text.Length && CodePoints.At(text, end) is var (next, width) && (UnicodeProperties.BidiClass(next) is "NSM" || UnicodeProperties.IsJoinControl(next)))
        {
            end += width;
        }

        return end;
    }

    private static bool IsStrongRightToLeft(int codePoint) => UnicodeProperties.IsRightToLeft(codePoint) && !UnicodeProperties.IsBidiControl(codePoint);
}
