using System;
using DiplomacyData.Generators.Common;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Known causes of YamlDotNet's syntax errors whose own message names neither the cause nor its place (it reports a
/// tab in the indentation as "While scanning a plain scalar, found a tab character that violate indentation" at the
/// end of the line above, or as "While scanning a mapping, found invalid tab as indentation" at the start of the
/// mapping). Where the cause is found, the diagnostic says it in the curator's words, at the cause; otherwise
/// YamlDotNet's message stands (DD0001).
/// </summary>
internal static class SyntaxErrorCause
{
    /// <summary>The diagnostic of a known cause of an error YamlDotNet reported from <paramref name="start"/> to <paramref name="end"/>, or null.</summary>
    /// <param name="message">
    /// YamlDotNet's message, or null when it failed with a plain exception, which says nothing of the cause.
    /// </param>
    public static DiagnosticInfo? Find(string path, string text, LineMap lines, int start, int end, string? message)
    {
        if (message is not null
            && message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) < 0
            && message.IndexOf("indentation", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        // The tab that stopped YamlDotNet is the one nearest to where it stopped: on that line, on the next (when it
        // was still scanning a value of the line above), or on a line back to where the construct it reports began.
        int first = lines.LineOf(Math.Min(start, end)), last = lines.LineOf(Math.Max(start, end));
        foreach (var line in new[] { last, last + 1 })
        {
            var tab = TabIndentation.FirstInIndentation(text, lines, line);
            if (tab >= 0)
            {
                return TabIndentation.Report(path, text, lines, tab);
            }
        }

        for (var line = last - 1; line >= first; line--)
        {
            var tab = TabIndentation.FirstInIndentation(text, lines, line);
            if (tab >= 0)
            {
                return TabIndentation.Report(path, text, lines, tab);
            }
        }

        return null;
    }
}
