using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Common;

/// <summary>
/// Where a node sits in its YAML file: character offsets and zero-based line/column. The file path is
/// kept once per file, not per node, and joined in <see cref="LocationInfo"/> when a diagnostic is reported.
/// </summary>
internal readonly record struct TextPosition(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>A place in a file, kept as plain values so that pipeline models stay equatable.</summary>
internal sealed record LocationInfo(string FilePath, TextPosition Position)
{
    public Microsoft.CodeAnalysis.Location ToLocation() => Microsoft.CodeAnalysis.Location.Create(
        FilePath,
        TextSpan.FromBounds(Position.Start, System.Math.Max(Position.Start, Position.End)),
        new LinePositionSpan(
            new LinePosition(Position.StartLine, Position.StartColumn),
            new LinePosition(Position.EndLine, Position.EndColumn)));

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

    /// <summary>"file(line,column)" with one-based numbers, as compilers print it.</summary>
    public string Display() => $"{System.IO.Path.GetFileName(FilePath)}({Position.StartLine + 1},{Position.StartColumn + 1})";
}
