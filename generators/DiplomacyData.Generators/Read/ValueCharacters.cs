using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// The characters of each value (and key) of one file as the Read step meets them: characters nobody sees where
/// nothing needs them (DD0019 to DD0021), words that mix scripts (DD0022), and text not in NFC (DD0023), which is
/// read in NFC from here on, so that every later step compares, hashes, names and ships one normal form. A value
/// made only of invisible characters is left to Bind, which reports it as empty (DD0107). Each problem is reported
/// at the character, where the value writes it as itself; at the value, where it is an escape.
/// </summary>
internal sealed class ValueCharacters
{
    private const int ExcerptRadius = 24;

    private readonly string _path;
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly List<DiagnosticInfo> _diagnostics;
    private (TextPosition Position, string Value, int Index)? _firstNotNormalized;
    private int _notNormalized;

    public ValueCharacters(string path, string text, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Checks <paramref name="value"/>, which the file writes from offset <paramref name="start"/> to
    /// <paramref name="end"/>, and returns it in NFC, with whether an error was reported in it.
    /// </summary>
    public (string Value, bool Refused) Check(string value, int start, int end)
    {
        if (CodePoints.IsAscii(value))
        {
            return (value, false);
        }

        var normalized = Normalized(value);
        if (!ReferenceEquals(normalized, value))
        {
            _notNormalized++;
            _firstNotNormalized ??= (At(value, FirstDifference(value, normalized), start, end), value, FirstDifference(value, normalized));
        }

        if (HiddenCharacters.IsBlank(normalized))
        {
            return (normalized, false);
        }

        var refused = false;
        foreach (var (index, codePoint, kind) in HiddenCharacters.Find(normalized))
        {
            refused = true;
            var descriptor = kind switch
            {
                HiddenCharacterKind.StrayDirectionalMark => DiagnosticDescriptors.StrayDirectionalMark,
                HiddenCharacterKind.StrayJoiner => DiagnosticDescriptors.StrayJoiner,
                HiddenCharacterKind.Invisible => DiagnosticDescriptors.InvisibleCharacter,
                // The file scan reports these where the file writes them; written as an escape, they are reported here.
                _ => IsLiteral(codePoint, start, end) ? null : DiagnosticDescriptors.DirectionalControl,
            };
            if (descriptor == DiagnosticDescriptors.DirectionalControl)
            {
                Report(descriptor, At(normalized, index, start, end), char.ConvertFromUtf32(codePoint));
            }
            else if (descriptor is not null)
            {
                Report(descriptor, At(normalized, index, start, end), Excerpt(normalized, index), CharacterNames.Tag(codePoint));
            }
        }

        refused |= ReportMixedScripts(normalized, start, end);
        return (normalized, refused);
    }

    /// <summary>Reports the file's text not in NFC, once: at the first place, with how many values more.</summary>
    public void Finish()
    {
        if (_firstNotNormalized is not { } first)
        {
            return;
        }

        var more = _notNormalized - 1;
        var (written, composed) = Segments(first.Value, first.Index);
        Report(
            DiagnosticDescriptors.NotNormalized,
            first.Position,
            "'" + Excerpt(first.Value, first.Index) + "'",
            written,
            composed,
            more == 0 ? string.Empty : $" (and {MessageText.Invariant(more)} more {(more == 1 ? "value" : "values")} in this file)");
    }

    /// <summary>
    /// The text of <paramref name="value"/> that differs from NFC at <paramref name="index"/>, and what NFC writes
    /// instead, each as its characters' names: "u + U+0308 COMBINING DIAERESIS" looks like "ü".
    /// </summary>
    public static (string Written, string Composed) Segments(string value, int index)
    {
        var end = index + 1;
        while (end < value.Length && (UnicodeProperties.CombiningClass(CodePoints.At(value, end).CodePoint) != 0 || char.IsLowSurrogate(value[end])))
        {
            end++;
        }

        var written = value.Substring(index, end - index);
        return (Tags(written), Tags(Normalized(written)));
    }

    /// <summary>The index of the first char at which <paramref name="value"/> and its NFC form differ, from the last starter before it.</summary>
    public static int FirstDifference(string value, string normalized)
    {
        var i = 0;
        while (i < value.Length && i < normalized.Length && value[i] == normalized[i])
        {
            i++;
        }

        // Back to the character the marks after it belong to: "u" of "u + diaeresis".
        while (i > 0 && i < value.Length && UnicodeProperties.CombiningClass(CodePoints.At(value, i).CodePoint) != 0)
        {
            i--;
        }

        return Math.Min(i, Math.Max(0, value.Length - 1));
    }

    /// <summary><paramref name="value"/> in NFC; the same instance when it already is.</summary>
    public static string Normalized(string value) => Nfc.Of(value);

    /// <summary>Up to <see cref="ExcerptRadius"/> characters either side of <paramref name="index"/>: a message names the place, not the whole passage.</summary>
    public static string Excerpt(string value, int index)
    {
        var from = Math.Max(0, index - ExcerptRadius);
        var to = Math.Min(value.Length, index + ExcerptRadius);
        if (from > 0 && char.IsLowSurrogate(value[from]))
        {
            from--;
        }

        if (to < value.Length && char.IsLowSurrogate(value[to]))
        {
            to++;
        }

        return (from > 0 ? "…" : string.Empty) + value.Substring(from, to - from) + (to < value.Length ? "…" : string.Empty);
    }

    private static string Tags(string text)
    {
        var tags = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            tags.Add(CharacterNames.Tag(codePoint));
            i += width;
        }

        return string.Join(" + ", tags);
    }

    /// <summary>Reports each word of <paramref name="value"/> that mixes scripts; true when there was one.</summary>
    private bool ReportMixedScripts(string value, int start, int end)
    {
        var foreign = MixedScripts.ForeignCharacters(value);
        if (foreign.Count == 0)
        {
            return false;
        }

        foreach (var (wordStart, wordEnd) in MixedScripts.Words(value))
        {
            var inWord = foreign.Where(f => f.Index >= wordStart && f.Index < wordEnd).ToList();
            if (inWord.Count == 0)
            {
                continue;
            }

            var main = MainScriptName(value, wordStart, wordEnd, inWord.Select(f => f.Index));
            Report(
                DiagnosticDescriptors.MixedScripts,
                At(value, inWord[0].Index, start, end),
                value.Substring(wordStart, wordEnd - wordStart),
                string.Join(", ", inWord.Select(f => CharacterNames.Tag(f.CodePoint))),
                main,
                inWord.Count == 1 ? "it" : "them");
        }

        return true;
    }

    /// <summary>The script of the word's letters that are not foreign, by its name in Unicode's data (Latin, Cyrillic).</summary>
    private static string MainScriptName(string value, int start, int end, IEnumerable<int> foreign)
    {
        var skip = new HashSet<int>(foreign);
        for (var i = start; i < end;)
        {
            var (codePoint, width) = CodePoints.At(value, i);
            var script = UnicodeProperties.Script(codePoint);
            if (!skip.Contains(i) && script is not (UnicodeProperties.Common or UnicodeProperties.Inherited))
            {
                return UnicodeProperties.ScriptName(script);
            }

            i += width;
        }

        return "other";
    }

    /// <summary>True when the file writes <paramref name="codePoint"/> itself between the offsets (not as an escape).</summary>
    private bool IsLiteral(int codePoint, int start, int end) =>
        _text.IndexOf(char.ConvertFromUtf32(codePoint), Clamp(start), Clamp(end) - Clamp(start), StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Where the file writes the character at <paramref name="index"/> of <paramref name="value"/>: its n-th
    /// occurrence in the value is taken to be its n-th occurrence between the scalar's offsets; the scalar's start when
    /// the file writes it otherwise (an escape, or text that normalisation changed).
    /// </summary>
    private TextPosition At(string value, int index, int start, int end)
    {
        var character = char.ConvertFromUtf32(CodePoints.At(value, index).CodePoint);
        var occurrence = 0;
        for (var i = value.IndexOf(character, StringComparison.Ordinal); i >= 0 && i < index; i = value.IndexOf(character, i + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }

        var at = Clamp(start) - 1;
        for (var n = 0; n <= occurrence; n++)
        {
            var from = at + 1;
            at = from < Clamp(end) ? _text.IndexOf(character, from, Clamp(end) - from, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                return _lines.Span(start, start);
            }
        }

        return _lines.Span(at, at + character.Length);
    }

    private int Clamp(int offset) => Math.Max(0, Math.Min(offset, _text.Length));

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextPosition position, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, new LocationInfo(_path, position), args));
}
