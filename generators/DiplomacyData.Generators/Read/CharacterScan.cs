using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// Characters checked before the YAML is parsed, in one pass: those YAML forbids (DD0012), those YAML 1.2 reads
/// as content but YamlDotNet as line breaks (DD0013), byte order marks after the first character (DD0014), the
/// U+FFFD left by bytes that were not UTF-8 (DD0011), and bidirectional embeddings, overrides and isolates
/// anywhere, comments and keys included, since they reorder what a reviewer reads in the file itself (DD0018).
/// </summary>
internal static class CharacterScan
{
    /// <summary>Occurrences of DD0013, of DD0014 and of DD0018 reported per file; enough to show a pattern, few enough to read.</summary>
    public const int MaxReportedPerFile = 20;

    /// <summary>
    /// Adds the diagnostics for <paramref name="text"/> (without its leading byte order mark) and tells whether
    /// the file can still be parsed: false when it holds a character that the parser would read other than
    /// YAML 1.2 does, so that nothing is read differently from what the curator sees.
    /// </summary>
    public static bool Check(string path, string text, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        var readable = true;
        int lineBreaks = 0, byteOrderMarks = 0, directionalControls = 0;
        var replacementReported = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD' && !replacementReported)
            {
                replacementReported = true;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEncoding, new LocationInfo(path, lines.At(i)), ReplacementCharacterHere));
            }
            else if (c is >= '\u202A' and <= '\u206F' && HiddenCharacters.IsDirectionalControl(c))
            {
                if (directionalControls++ < MaxReportedPerFile)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DirectionalControl, new LocationInfo(path, lines.At(i)), c.ToString()));
                }
            }
            else if (!YamlAllows(c))
            {
                // YamlDotNet would end the stream at a NUL and misread other control characters: nothing the
                // curator wrote after it would arrive, so this is an error, not a silent loss.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ForbiddenCharacter, new LocationInfo(path, lines.At(i)), c.ToString()));
                return false;
            }
            else if (LineBreakElsewhere(c) is { } name)
            {
                readable = false;
                if (lineBreaks++ < MaxReportedPerFile)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.AmbiguousLineBreak, new LocationInfo(path, lines.At(i)), c.ToString(), name.Name, name.Escape));
                }
            }
            else if (c == '\uFEFF')
            {
                readable = false;
                if (byteOrderMarks++ < MaxReportedPerFile)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ByteOrderMarkInside, new LocationInfo(path, lines.At(i)), c.ToString()));
                }
            }
        }

        return readable;
    }

    /// <summary>What DD0011 says of a U+FFFD: what a decoder leaves where bytes were not UTF-8.</summary>
    public const string ReplacementCharacterHere = "bytes here were decoded as U+FFFD REPLACEMENT CHARACTER";

    /// <summary>YAML 1.2 allows tab, line feed, carriage return, NEL and printable characters only (section 5.1).</summary>
    private static bool YamlAllows(char c) => c switch
    {
        '\t' or '\n' or '\r' or '\u0085' => true,
        < ' ' or '\u007F' => false,
        >= '\u0080' and <= '\u009F' => false,
        '\uFFFE' or '\uFFFF' => false,
        _ => true,
    };

    /// <summary>
    /// NEL, LS and PS: line breaks in YAML 1.1, which YamlDotNet follows, but ordinary content in YAML 1.2 (section
    /// 5.4). The name and the double-quoted escape that writes the character as content in either version.
    /// </summary>
    private static (string Name, string Escape)? LineBreakElsewhere(char c) => c switch
    {
        '\u0085' => ("NEXT LINE", "\\N"),
        '\u2028' => ("LINE SEPARATOR", "\\L"),
        '\u2029' => ("PARAGRAPH SEPARATOR", "\\P"),
        _ => null,
    };
}
