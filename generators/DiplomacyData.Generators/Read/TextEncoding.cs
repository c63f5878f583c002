using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Whether the compiler read a file as UTF-8. The compiler reads an additional file as UTF-8 (or UTF-16/32 after a
/// byte order mark) and, when its bytes are not valid UTF-8, silently decodes it with a legacy code page instead
/// (Windows-1252 or Latin-1): every byte then becomes some character, and no U+FFFD is left to show it.
/// The encoding it settled on is the only trace.
/// </summary>
internal static class TextEncoding
{
    /// <summary>The name of the legacy encoding the compiler fell back to, or null for UTF-8, UTF-16, UTF-32 and in-memory text.</summary>
    public static string? Fallback(SourceText? text)
    {
        var encoding = text?.Encoding;
        if (encoding is null)
        {
            return null;
        }

        return encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 ? null : encoding.WebName;
    }

    /// <summary>
    /// DD0011 for a file the compiler could not read as UTF-8, at its first character outside ASCII: where the
    /// bytes that are not UTF-8 begin, or before them.
    /// </summary>
    public static DiagnosticInfo NotUtf8(string path, string text, string encoding)
    {
        var first = 0;
        while (first < text.Length && text[first] <= '\u007F')
        {
            first++;
        }

        return DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidEncoding,
            new LocationInfo(path, new LineMap(text).At(first)),
            $"from here on its bytes are not UTF-8, and the compiler read the whole file as {encoding} instead, so the build does not read it further");
    }
}
