using System;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Known causes of YamlDotNet's syntax errors whose own message names neither the cause nor its place: a tab in the
/// indentation ("While scanning a plain scalar, found a tab character that violate indentation", at the end of the
/// line above), ': ' in an unquoted value or on a line indented too deep ("found invalid mapping"), text after a
/// closing quote and a key with no space after its ':' ("did not find expected key"). Where the cause is found, the
/// diagnostic says it in the curator's words, at the cause (DD0015 for the tab, DD0001 for the others); otherwise
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
        if (message is null || Mentions(message, "tab") || Mentions(message, "indentation"))
        {
            if (TabNear(text, lines, start, end) is var tab and >= 0)
            {
                return TabIndentation.Report(path, text, lines, tab);
            }
        }

        if (message is null)
        {
            return null;
        }

        if (Mentions(message, "found invalid mapping") && At(text, start) == ':')
        {
            return ColonInValue(path, text, lines, start);
        }

        if (Mentions(message, "did not find expected key"))
        {
            return TextAfterClosingQuote(path, text, lines, start) ?? KeyWithoutSpace(path, text, lines, start);
        }

        return null;
    }

    /// <summary>
    /// ': ' where YAML does not expect a key: inside an unquoted value on a key's line, or on a line indented deeper
    /// than the keys above it, which YAML reads as more of the value before it.
    /// </summary>
    private static DiagnosticInfo ColonInValue(string path, string text, LineMap lines, int colon)
    {
        var lineStart = lines.LineStart(lines.LineOf(colon));
        var content = lineStart;
        while (content < colon && text[content] is ' ' or '-')
        {
            content++;
        }

        var separator = text.IndexOf(": ", content, colon - content, StringComparison.Ordinal);
        return separator >= 0
            ? Syntax(path, lines.At(colon), $"the value after '{text.Substring(content, separator - content)}:' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes")
            : Syntax(path, lines.At(content), "this line is indented deeper than the key above it, so YAML reads it as more of the value above, where ': ' cannot stand; if it is a key, indent it as far as the other keys of its record, otherwise put the whole value in double quotes");
    }

    /// <summary>Text after the closing quote of a quoted value, on the same line ('title: "Lavrov" and Araghchi').</summary>
    private static DiagnosticInfo? TextAfterClosingQuote(string path, string text, LineMap lines, int at)
    {
        var lineStart = lines.LineStart(lines.LineOf(at));
        var before = at - 1;
        while (before >= lineStart && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before >= lineStart && before < at - 1 && text[before] is '"' or '\''
            ? Syntax(path, lines.At(at), $"text follows the closing quote ({text[before]}) of a quoted value, and a quoted value ends at its quote; put the whole value inside the quotes")
            : null;
    }

    /// <summary>A key with no space after its ':' ('kind:meeting'), which YAML reads as one piece of text.</summary>
    private static DiagnosticInfo? KeyWithoutSpace(string path, string text, LineMap lines, int at)
    {
        var end = lines.LineEnd(lines.LineOf(at));
        var i = at;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        if (i == at || i + 1 >= end || text[i] != ':' || text[i + 1] is ' ' or '\t')
        {
            return null;
        }

        var word = text.Substring(at, end - at).TrimEnd();
        return Syntax(path, lines.At(i), $"'{word}' has no space after its ':', so YAML reads it as text, not as a key and its value; write '{text.Substring(at, i - at)}: {text.Substring(i + 1, end - i - 1).Trim()}'");
    }

    /// <summary>
    /// The tab that stopped YamlDotNet: the one nearest to where it stopped, on that line, on the next (when it was
    /// still scanning a value of the line above), or on a line back to where the construct it reports began.
    /// </summary>
    private static int TabNear(string text, LineMap lines, int start, int end)
    {
        int first = lines.LineOf(Math.Min(start, end)), last = lines.LineOf(Math.Max(start, end));
        foreach (var line in new[] { last, last + 1 })
        {
            var tab = TabIndentation.FirstInIndentation(text, lines, line);
            if (tab >= 0)
            {
                return tab;
            }
        }

        for (var line = last - 1; line >= first; line--)
        {
            var tab = TabIndentation.FirstInIndentation(text, lines, line);
            if (tab >= 0)
            {
                return tab;
            }
        }

        return -1;
    }

    private static DiagnosticInfo Syntax(string path, TextPosition position, string cause) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntaxError, new LocationInfo(path, position), cause);

    private static bool Mentions(string message, string words) => message.IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0;

    private static char At(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';
}
