using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Tabs where YAML 1.2 needs indentation spaces (section 6.1): before the entries of a block collection, and in
/// the indentation that the lines of a value spanning several lines need inside a block collection. YamlDotNet
/// rejects some of these with its own words at the end of the line above, and reads others without a word; both
/// become DD0015 at the tab itself.
/// </summary>
internal static class TabIndentation
{
    /// <summary>DD0015 for the tab at <paramref name="tab"/>.</summary>
    public static DiagnosticInfo Report(string path, string text, LineMap lines, int tab)
    {
        var line = lines.LineOf(tab);
        int start = lines.LineStart(line), end = lines.LineEnd(line);
        var content = FirstNonSpace(text, start, end);
        var reason = content == end
            ? "the line is blank but for white space, and YAML 1.2 allows a tab there, but the generator's YAML reader takes it for indentation, which takes spaces only"
            : text[content] == '#'
                ? "the line holds a comment only, and YAML 1.2 allows a tab before it, but the generator's YAML reader takes it for indentation, which takes spaces only"
                : "YAML indentation takes spaces only";
        return DiagnosticInfo.Create(DiagnosticDescriptors.TabIndentation, new LocationInfo(path, lines.At(tab)), reason);
    }

    /// <summary>
    /// The first tab in the leading white space of <paramref name="line"/>, or -1. Blank and comment lines count:
    /// YamlDotNet cannot read a tab on them inside a block either.
    /// </summary>
    public static int FirstInIndentation(string text, LineMap lines, int line)
    {
        if (line < 0 || line >= lines.LineCount)
        {
            return -1;
        }

        for (int i = lines.LineStart(line), end = lines.LineEnd(line); i < end && text[i] is ' ' or '\t'; i++)
        {
            if (text[i] == '\t')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A tab between the start of the line and <paramref name="index"/>, where a block collection starts after an
    /// indicator on the same line ('-\t-', '?\tkey:'): its entries are indented by that column, and a tab cannot
    /// count as indentation. -1 when there is none.
    /// </summary>
    public static int BeforeOnLine(string text, LineMap lines, int index)
    {
        for (var i = lines.LineStart(lines.LineOf(index)); i < index && i < text.Length; i++)
        {
            if (text[i] == '\t')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// In the lines after the first of a value that runs from <paramref name="start"/> to <paramref name="end"/>,
    /// the first tab within the <paramref name="indentation"/> spaces that each line needs, or -1. Blank lines and
    /// comment lines need no indentation.
    /// </summary>
    public static int InContinuationLines(string text, LineMap lines, int start, int end, int indentation)
    {
        for (var line = lines.LineOf(start) + 1; line <= lines.LineOf(end); line++)
        {
            int lineStart = lines.LineStart(line), lineEnd = lines.LineEnd(line);
            if (IsBlank(text, lineStart, lineEnd) || text[FirstNonSpace(text, lineStart, lineEnd)] == '#')
            {
                continue;
            }

            for (var i = lineStart; i < lineEnd && i < lineStart + indentation; i++)
            {
                if (text[i] == '\t')
                {
                    return i;
                }

                if (text[i] != ' ')
                {
                    break;
                }
            }
        }

        return -1;
    }

    private static bool IsBlank(string text, int start, int end) => FirstNonSpace(text, start, end) == end;

    private static int FirstNonSpace(string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }

        return start;
    }
}
