using System;
using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// The one definition of lines for every position the generator reports in a YAML file: a line ends at
/// CR LF, CR or LF, the line breaks of YAML 1.2 (section 5.4). NEL, LS and PS are not line breaks in YAML 1.2,
/// and a file holding them is not parsed at all (DD0013), so YamlDotNet's own line count, which differs for them,
/// is never used: positions are computed here from character offsets.
/// </summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly int _length;
    private readonly int _offset;

    /// <param name="text">The text as parsed.</param>
    /// <param name="offset">
    /// Characters in the file before <paramref name="text"/> (1 for a byte order mark that was removed): added to
    /// every character offset, so that spans index the file, but not to columns, since editors do not show a column
    /// for the mark.
    /// </param>
    public LineMap(string text, int offset = 0)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        _text = text;
        _lineStarts = starts.ToArray();
        _length = text.Length;
        _offset = offset;
    }

    /// <summary>Lines in the text (a text that ends with a line break has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of zero-based <paramref name="line"/> (clamped to the lines there are).</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line, _lineStarts.Length - 1))];

    /// <summary>The offset just after the last character of <paramref name="line"/>, before its line break.</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _length;
        while (end > LineStart(line) && _text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }

    /// <summary>Zero-based line of a character offset into the text (offsets outside it are clamped).</summary>
    public int LineOf(int index)
    {
        index = Clamp(index);
        var found = Array.BinarySearch(_lineStarts, index);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>
    /// The position from <paramref name="start"/> to <paramref name="end"/> (character offsets into the text).
    /// Offsets are clamped to the text and put in order, so that no input can give a span that ends before it starts.
    /// </summary>
    public TextPosition Span(int start, int end)
    {
        start = Clamp(start);
        end = Math.Max(start, Clamp(end));
        int startLine = LineOf(start), endLine = LineOf(end);
        return new TextPosition(
            start + _offset,
            end + _offset,
            startLine,
            start - _lineStarts[startLine],
            endLine,
            end - _lineStarts[endLine]);
    }

    /// <summary>The one character at <paramref name="index"/> (empty at the end of the text).</summary>
    public TextPosition At(int index) => Span(index, Math.Min(Clamp(index) + 1, _length));

    private int Clamp(int index) => Math.Max(0, Math.Min(index, _length));
}
