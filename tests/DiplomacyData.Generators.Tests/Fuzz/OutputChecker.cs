using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Checks that generated code compiles, compiling each shape of output once. Whether generated code that parses
/// without errors also binds without errors does not depend on the values of its string literals (but for the few
/// cases <see cref="Blanked"/> keeps) nor on its trivia (documentation comments give warnings at most; directives
/// and unterminated literals show in the parse), so the shape is the token stream with string literals blanked,
/// and outputs of one shape compile alike. Every output is checked for parse errors; each new shape is compiled in
/// full. Thread-safe.
/// </summary>
internal sealed class OutputChecker
{
    private readonly ConcurrentDictionary<(string HintName, string Checksum), (string Shape, string[] ParseErrors)> _files = new();
    private readonly ConcurrentDictionary<string, bool> _compiledShapes = new(StringComparer.Ordinal);
    private long _compileTicks;
    private int _compiled;

    public int Compiled => _compiled;

    public TimeSpan CompileTime => TimeSpan.FromTicks(Interlocked.Read(ref _compileTicks));

    /// <summary>The errors of the output: parse errors of the generated files, then (for a new shape) compile errors.</summary>
    public IReadOnlyList<string> Check(GeneratorRunResult result, Compilation compilation)
    {
        var shape = new StringBuilder();
        var errors = new List<string>();
        foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var file = _files.GetOrAdd((source.HintName, Convert.ToHexString(source.SourceText.GetChecksum().ToArray())), _ => Analyze(source.SyntaxTree));
            shape.Append(source.HintName).Append(' ').Append(file.Shape).Append('\n');
            errors.AddRange(file.ParseErrors.Select(e => source.HintName + ": " + e));
        }

        var key = shape.ToString();
        if (errors.Count > 0)
        {
            return errors;
        }

        if (_compiledShapes.ContainsKey(key))
        {
            return [];
        }

        var stopwatch = Stopwatch.StartNew();
        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Interlocked.Add(ref _compileTicks, stopwatch.Elapsed.Ticks);
        Interlocked.Increment(ref _compiled);
        if (compileErrors.Count == 0)
        {
            _compiledShapes.TryAdd(key, true);
        }

        return compileErrors.Take(5).Select(e => $"{e} in: {LineOf(e)}").ToList();
    }

    private static (string Shape, string[] ParseErrors) Analyze(SyntaxTree tree)
    {
        var tokens = new StringBuilder();
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            tokens.Append(Blanked(token) ?? token.Text).Append(' ');
        }

        var parseErrors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(e => $"{e} in: {LineOf(e)}").ToArray();
        return (Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tokens.ToString()))), parseErrors);
    }

    /// <summary>
    /// What stands for a string literal in the shape, or null to keep the token as it is. Kept are literals whose
    /// value the compiler does check: switch labels and patterns (duplicates are errors). A UTF-8 literal must be
    /// well-formed UTF-16 to compile (CS9026), so its shape says whether it is.
    /// </summary>
    private static string? Blanked(SyntaxToken token)
    {
        switch ((SyntaxKind)token.RawKind)
        {
            case SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken:
                return InLabelOrPattern(token) ? null : "\"\"";
            case SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                return InLabelOrPattern(token) ? null : IsWellFormed(token.ValueText) ? "\"\"u8" : "\"ill-formed\"u8";
            default:
                return null;
        }
    }

    private static bool InLabelOrPattern(SyntaxToken token) =>
        token.Parent?.Ancestors().Any(a => a is Microsoft.CodeAnalysis.CSharp.Syntax.SwitchLabelSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.PatternSyntax) == true;

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string LineOf(Diagnostic error)
    {
        var tree = error.Location.SourceTree;
        return tree is null ? "(no source)" : FuzzMutator.Show(tree.GetText().Lines.GetLineFromPosition(error.Location.SourceSpan.Start).ToString().Trim());
    }
}
