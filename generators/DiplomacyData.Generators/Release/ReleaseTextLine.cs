using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Release;

/// <summary>One line of a release file (the changelog, an id list) with where it is, for diagnostics.</summary>
internal readonly record struct ReleaseTextLine(string Text, int Start, int Line)
{
    /// <summary>The lines of <paramref name="text"/>; a line ends at LF, CR LF or a lone CR.</summary>
    public static List<ReleaseTextLine> Split(string text)
    {
        var lines = new List<ReleaseTextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                lines.Add(new ReleaseTextLine(text.Substring(start, i - start), start, lines.Count));
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>The whole line, or from <paramref name="column"/> for <paramref name="length"/> characters.</summary>
    public LocationInfo At(string path, int column = 0, int? length = null)
    {
        var end = column + (length ?? (Text.Length - column));
        return new LocationInfo(path, new TextPosition(Start + column, Start + end, Line, column, Line, end));
    }
}
