using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DiplomacyData.Unicode;

namespace DiplomacyData.Cli.Output;

/// <summary>
/// A plain-text table: columns padded to their widest cell and separated by two spaces, the header styled.
/// Only on a terminal is the last column cut to the terminal's width; redirected output keeps every
/// character so that it can be grepped.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public TextTable(params string[] headers) => _headers = headers;

    public int RowCount => _rows.Count;

    public void AddRow(params string?[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells.Select(c => c ?? "").ToArray());
    }

    public void Write(TextWriter writer, ConsoleStyle style, int? width)
    {
        var widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        writer.WriteLine(style.Heading(Line(_headers, widths, width)));
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths, width));
        }
    }

    private static string Line(string[] cells, int[] widths, int? width)
    {
        var parts = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            // Right-to-left text is isolated from the columns beside it; the isolates show as nothing, so the padding
            // is counted on the cell as written.
            var shown = BidiIsolation.IsolateRuns(cells[i]);
            parts[i] = i == cells.Length - 1 ? shown : shown + new string(' ', widths[i] - cells[i].Length);
        }

        var line = string.Join(Gap, parts).TrimEnd();
        return width is { } max && line.Length > max && max > 1 ? line.Substring(0, max - 1) + "…" : line;
    }
}
