using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Unicode;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// The archived text of a source article (<c>&lt;source-id&gt;.txt</c>), in NFC. Read at build time to check
/// evidence quotes; never emitted.
/// </summary>
/// <param name="Text">The text in NFC, as evidence is compared with it; null when it could not be read (or was not UTF-8).</param>
/// <param name="Diagnostics">
/// The text's own problems, as a YAML file's are checked: not UTF-8 (DD0011), bidirectional controls (DD0018),
/// not in NFC (DD0023, after which it is read in NFC).
/// </param>
internal sealed record ArchivedText(string Path, string SourceId, string? Text, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The text as the compiler decoded the file.</summary>
    public static ArchivedText From(string path, SourceText? text)
    {
        if (TextEncoding.Fallback(text) is { } encoding)
        {
            return new(path, IdOf(path), null, new[] { TextEncoding.NotUtf8(path, text!.ToString(), encoding) }.ToEquatableArray());
        }

        return From(path, text?.ToString());
    }

    public static ArchivedText From(string path, string? text)
    {
        if (text is null)
        {
            return new(path, IdOf(path), null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var lines = new LineMap(text);
        var replacementReported = false;
        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD' && !replacementReported)
            {
                replacementReported = true;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEncoding, new LocationInfo(path, lines.At(i)), CharacterScan.ReplacementCharacterHere));
            }
            else if (c is >= '\u202A' and <= '\u206F' && HiddenCharacters.IsDirectionalControl(c) && controls++ < CharacterScan.MaxReportedPerFile)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DirectionalControl, new LocationInfo(path, lines.At(i)), c.ToString()));
            }
        }

        var normalized = ValueCharacters.Normalized(text);
        if (!ReferenceEquals(normalized, text))
        {
            var first = ValueCharacters.FirstDifference(text, normalized);
            var (written, composed) = ValueCharacters.Segments(text, first);
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NotNormalized,
                new LocationInfo(path, lines.At(first)),
                "The archived text ('" + ValueCharacters.Excerpt(text, first) + "')",
                written,
                composed,
                string.Empty));
        }

        return new(path, IdOf(path), normalized, diagnostics.ToEquatableArray());
    }

    private static string IdOf(string path) => System.IO.Path.GetFileNameWithoutExtension(path);
}
