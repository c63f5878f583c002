using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// Where a node sits in its YAML file: character offsets and zero-based line/column. The file path is
/// kept once per file, not per node, and joined in <see cref="LocationInfo"/> when a diagnostic is reported.
/// </summary>
internal readonly record struct TextPosition(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>A place in a file, kept as plain values so that pipeline models stay equatable.</summary>
internal sealed record LocationInfo(string FilePath, TextPosition Position)
{
    /// <summary>
    /// The compiler's location. Never throws, whatever the position holds: Roslyn rejects negative numbers and
    /// spans that end before they start, and a position built from a parser's marks is not trusted to be ordered,
    /// so it is clamped and ordered here, where every diagnostic passes on its way out.
    /// </summary>
    public Microsoft.CodeAnalysis.Location ToLocation()
    {
        var start = System.Math.Max(0, Position.Start);
        var startLine = new LinePosition(System.Math.Max(0, Position.StartLine), System.Math.Max(0, Position.StartColumn));
        var endLine = new LinePosition(System.Math.Max(0, Position.EndLine), System.Math.Max(0, Position.EndColumn));
        return Microsoft.CodeAnalysis.Location.Create(
            FilePath ?? string.Empty,
            TextSpan.FromBounds(start, System.Math.Max(start, Position.End)),
            new LinePositionSpan(startLine, endLine < startLine ? startLine : endLine));
    }

    public static LocationInfo? From(Microsoft.CodeAnalysis.Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        var lines = location.GetLineSpan();
        return new LocationInfo(
            lines.Path,
            new TextPosition(
                location.SourceSpan.Start,
                location.SourceSpan.End,
                lines.StartLinePosition.Line,
                lines.StartLinePosition.Character,
                lines.EndLinePosition.Line,
                lines.EndLinePosition.Character));
    }

    /// <summary>
    /// Where the node starts, as an empty span: what identifies a record in its file, which stays the same while the
    /// record's own content is edited (its end moves with every value changed in it).
    /// </summary>
    public LocationInfo StartOnly => new(FilePath, Position with { End = Position.Start, EndLine = Position.StartLine, EndColumn = Position.StartColumn });

    /// <summary>"file(line,column)" with one-based numbers, as compilers print it.</summary>
    public string Display() => $"{System.IO.Path.GetFileName(FilePath)}({Position.StartLine + 1},{Position.StartColumn + 1})";
}
