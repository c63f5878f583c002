using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>Assertions of a diagnostic's exact one-based line and column, written out in the test.</summary>
internal static class ExactPositions
{
    public static Diagnostic ShouldReportAtLineColumn(this GeneratorRun run, string id, string path, int line, int column)
    {
        var diagnostic = run.Single(id);
        diagnostic.ShouldBeAt(path, line, column);
        return diagnostic;
    }

    public static void ShouldBeAt(this Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(path, diagnostic.ToString());
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((line, column), diagnostic.ToString());
    }

    /// <summary>The positions of every <paramref name="id"/>, in the order reported.</summary>
    public static List<(int Line, int Column)> PositionsOf(this GeneratorRun run, string id) => run.GeneratorDiagnostics
        .Where(d => d.Id == id)
        .Select(d => d.Location.GetLineSpan().StartLinePosition)
        .Select(p => (p.Line + 1, p.Character + 1))
        .ToList();

    public static string Message(this Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
