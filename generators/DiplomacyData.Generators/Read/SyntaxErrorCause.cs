using DiplomacyData.Generators.Common;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Known causes of YamlDotNet's syntax errors whose own message names neither the cause nor its place (it reports a
/// tab in the indentation as "While scanning a plain scalar, found a tab character that violate indentation" at the
/// end of the line above). Where the cause is found, the diagnostic says it in the curator's words, at the cause;
/// otherwise YamlDotNet's message stands (DD0001).
/// </summary>
internal static class SyntaxErrorCause
{
    /// <summary>The diagnostic of a known cause of an error YamlDotNet reported from <paramref name="start"/> to <paramref name="end"/>, or null.</summary>
    public static DiagnosticInfo? Find(string path, string text, LineMap lines, int start, int end)
    {
        // YamlDotNet stops at the first tab it cannot take as white space, on the line where the error ends or the
        // one after it (when it was still scanning a value of the line above).
        var tab = TabIndentation.FirstInIndentation(text, lines, lines.LineOf(System.Math.Min(start, end)), lines.LineOf(System.Math.Max(start, end)) + 1);
        return tab >= 0 ? TabIndentation.Report(path, text, lines, tab) : null;
    }
}
