using System;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

internal static class DiagnosticAssertions
{
    /// <summary>
    /// Asserts that the run reported exactly one <paramref name="id"/>, in <paramref name="path"/>, starting at
    /// the <paramref name="occurrence"/>-th place where <paramref name="needle"/> stands in that file's text.
    /// </summary>
    public static Diagnostic ShouldReportAt(this GeneratorRun run, string id, string path, string text, string needle, int occurrence = 1)
    {
        var diagnostic = run.Single(id);
        var (line, column) = PositionOf(text, needle, occurrence);
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(path);
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((line, column), $"{diagnostic}");
        return diagnostic;
    }

    /// <summary>One-based line and column of the n-th occurrence of <paramref name="needle"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            index.ShouldBeGreaterThanOrEqualTo(0, $"'{needle}' (occurrence {occurrence}) not found");
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
