using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Seeded fuzzing over the real dataset: thousands of small corruptions of the real YAML files (and now and then
/// of an archived text), each run through the generator. Whatever the input, the generator must not crash, must
/// not report an internal error, must put every diagnostic in a data file, and must emit code that compiles.
/// </summary>
public class FuzzTests(Xunit.Abstractions.ITestOutputHelper testOutput)
{
    /// <summary>The master seed: every case's own seed is drawn from it, so a failure names the case seed to replay.</summary>
    private const int Seed = 20261123;

    private const int Cases = 3000;

    /// <summary>The first cases, and every n-th after them, are compiled even when the generator reported errors.</summary>
    private const int AlwaysCompileFirst = 20;

    private const int CompileEvery = 25;

    private const int MaxReportedFailures = 12;

    [Fact]
    public void Real_data_produces_no_errors_and_compiles()
    {
        var files = FuzzData.Load();

        var run = GeneratorHarness.Run(files.Select(f => (f.Path, f.Text)));

        run.Result.Results[0].Exception.ShouldBeNull();
        run.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, run.Errors));
        run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("DD", StringComparison.Ordinal) && d.Location.GetLineSpan().Path is not { Length: > 0 })
            .ShouldBeEmpty("every DD diagnostic has a place in a data file");
        run.CompilationErrors.ShouldBeEmpty(string.Join(Environment.NewLine, run.CompilationErrors));
        run.Result.Results[0].GeneratedSources.ShouldNotBeEmpty();
    }

    [Fact]
    public void Mutated_real_data_never_crashes_the_generator_and_always_compiles()
    {
        var files = FuzzData.Load();
        files.Count(f => f.IsYaml).ShouldBeGreaterThan(0);
        var texts = files.ToDictionary(f => f.Path, f => (AdditionalText)new InMemoryText(f.Path, f.Text), StringComparer.Ordinal);
        var compilation = GeneratorHarness.ModelCompilation();

        // The driver after a first run over the real data. Drivers are immutable: each case replaces one file of this
        // one, so only that file is re-read, and the cases can run side by side.
        var original = CSharpGeneratorDriver.Create(
                [new DatasetGenerator().AsSourceGenerator()], texts.Values, new CSharpParseOptions(LanguageVersion.Latest), new TestOptionsProvider(GeneratorHarness.DefaultVersion))
            .RunGeneratorsAndUpdateCompilation(compilation, out var originalOutput, out var originalDiagnostics);
        originalDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty("the unmutated data must be clean for the fuzzing to mean anything");

        var master = new Random(Seed);
        var caseSeeds = Enumerable.Range(0, Cases).Select(_ => master.Next()).ToArray();
        var outcomes = new CaseOutcome[Cases];
        var checker = new OutputChecker();
        checker.Check(original.GetRunResult().Results[0], originalOutput).ShouldBeEmpty();
        var stopwatch = Stopwatch.StartNew();

        Parallel.For(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)) }, caseNumber =>
        {
            var mutation = FuzzMutator.Mutate(new Random(caseSeeds[caseNumber]), files);
            var problems = new List<string>();

            var driver = original
                .ReplaceAdditionalText(texts[mutation.Path], new InMemoryText(mutation.Path, mutation.Text))
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            var result = driver.GetRunResult().Results[0];

            if (result.Exception is not null)
            {
                problems.Add("the generator threw " + result.Exception);
            }

            foreach (var diagnostic in diagnostics.Concat(result.Diagnostics).Distinct())
            {
                if (diagnostic.Id is "CS8784" or "CS8785" or "DD9999")
                {
                    problems.Add("generator failure: " + diagnostic);
                }

                if (diagnostic.Id.StartsWith("DD", StringComparison.Ordinal) && LocationProblem(diagnostic, mutation, files) is { } where)
                {
                    problems.Add(where + ": " + diagnostic);
                }
            }

            var generatorErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (generatorErrors.Count == 0 || caseNumber < AlwaysCompileFirst || caseNumber % CompileEvery == 0)
            {
                foreach (var error in checker.Check(result, output))
                {
                    problems.Add($"the generated code does not compile (generator errors: {(generatorErrors.Count == 0 ? "none" : string.Join(" | ", generatorErrors.Take(5)))}): {error}");
                }
            }

            var header = $"seed {Seed}, case {caseNumber} (replay: FuzzMutator.Mutate(new Random({caseSeeds[caseNumber]}), FuzzData.Load())), mutation {mutation.Kind} of {Relative(mutation.Path)}: {mutation.Description}";
            outcomes[caseNumber] = new CaseOutcome(mutation.Kind, generatorErrors.Count > 0, problems.Count == 0 ? null : header + Environment.NewLine + "    " + string.Join(Environment.NewLine + "    ", problems));
        });

        var failures = outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!).ToList();
        var summary = $"{Cases} cases in {stopwatch.Elapsed.TotalSeconds:F1} s ({outcomes.Count(o => o.GeneratorErrors)} with generator errors; {checker.Compiled} shapes of output compiled in {checker.CompileTime.TotalSeconds:F1} s; "
            + string.Join(", ", outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")) + ")";
        testOutput.WriteLine(summary);
        failures.Count.ShouldBe(0, $"{failures.Count} of {summary} failed; the first {Math.Min(failures.Count, MaxReportedFailures)}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(MaxReportedFailures))}");
    }

    private sealed record CaseOutcome(MutationKind Kind, bool GeneratorErrors, string? Failure);

    /// <summary>Null when the diagnostic sits in a data file, within that file's text; otherwise what is wrong with its place.</summary>
    private static string? LocationProblem(Diagnostic diagnostic, Mutation mutation, IReadOnlyList<DataFile> files)
    {
        if (diagnostic.Location == Location.None || diagnostic.Location.GetLineSpan() is not { Path.Length: > 0 } span)
        {
            return "DD diagnostic without a file";
        }

        var text = span.Path == mutation.Path ? mutation.Text : files.FirstOrDefault(f => f.Path == span.Path)?.Text;
        if (text is null)
        {
            return $"DD diagnostic in '{span.Path}', which is not a data file";
        }

        var source = diagnostic.Location.SourceSpan;
        if (source.Start < 0 || source.End > text.Length)
        {
            return $"DD diagnostic at characters {source.Start}..{source.End} of a file of {text.Length} characters";
        }

        var (line, column) = LineAndColumn(text, source.Start);
        return (span.StartLinePosition.Line, span.StartLinePosition.Character) != (line, column)
            ? $"DD diagnostic at line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}, but its character {source.Start} is at line {line + 1}, column {column + 1}"
            : null;
    }

    /// <summary>
    /// Zero-based line and column of a character offset as YAML 1.2 counts lines (CR LF, CR or LF end a line), with
    /// a byte order mark at the start of the file taking no column: how every position must be reported.
    /// </summary>
    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        int line = 0, lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = lineStart; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Math.Max(0, offset - lineStart));
    }

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
}

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

/// <summary>One data file of the repository, with its real path.</summary>
internal sealed record DataFile(string Path, string Text)
{
    public bool IsYaml => DatasetGenerator.IsDatasetFile(Path);
}

internal static class FuzzData
{
    /// <summary>What the package project gives the generator: data/**/*.yaml, *.yml and *.txt, in ordinal order.</summary>
    public static List<DataFile> Load() =>
        Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories)
            .Where(path => DatasetGenerator.IsDatasetFile(path) || DatasetGenerator.IsArchivedText(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new DataFile(path, File.ReadAllText(path)))
            .ToList();
}

internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    SwapValues,
    Truncate,
    InsertCharacters,
    ReplaceScalar,
    ChangeIndentation,
    RandomBytes,
    ChangeLineEnds,
}

/// <summary>A mutated file: which, how, and a description precise enough to redo it by hand.</summary>
internal sealed record Mutation(MutationKind Kind, string Path, string Text, string Description);

/// <summary>Deterministic corruptions of one data file: the same <see cref="Random"/> seed gives the same mutation.</summary>
internal static class FuzzMutator
{
    private static readonly MutationKind[] s_yamlKinds = Enum.GetValues<MutationKind>();

    private static readonly MutationKind[] s_textKinds =
    [
        MutationKind.DeleteLine, MutationKind.DuplicateLine, MutationKind.SwapLines, MutationKind.Truncate,
        MutationKind.InsertCharacters, MutationKind.RandomBytes, MutationKind.ChangeLineEnds,
    ];

    /// <summary>Characters YAML gives meaning to, and characters it forbids or treats specially.</summary>
    private static readonly string[] s_hostile =
    [
        "\t", "\uFFFD", "\u2028", "\u2029", "\u0085", "\u202E", "\uFEFF", "\"", "'", "\\", "&", "*", "!", "{", "}", "[", "]", "|", ">", ":", "#", "-",
        "%", "@", "`", ",", "?", " ", "\n", "\r", "\r\n", "\U0001F600", "\U0001F1EE\U0001F1F7", "\u200D", "\u00A0", "\u0301", "\u05D0", "\u0627",
    ];

    private static readonly string[] s_tokens =
    [
        "~", "null", "Null", "''", "\"\"", "[]", "{}", "[[]]", "{a: b}", "- x", "-1", "0", "007", "1e9", "0x1F", ".inf", ".nan", "true", "false", "yes", "no",
        "2025-02-30", "2025-13-01", "0001-01-01", "9999-12-31", "10000-01-01", "2025-4-8", "2025-04-18T10:00:00Z", "1.0", "+1",
        "*alias", "&anchor x", "!!str x", "!custom x", "? x", "|", ">-", "\"unterminated", "'unterminated", "#comment", "a: b", "a:b", "--- x", "...",
        "class", "int", "namespace", "Equals", "ToString", "GetType", "to-string", "get-hash-code", "catalog", "people", "2024-election", "-", "--", "a--b",
        "IRN", "RUS", "XXX", "irn", "Iran", "iran", "ZZ", "IR", "US", "meeting", "happened", "planned", "day", "month", "range", "approximate",
        "host", "visitor", "042", "43", "0430", "https://example.org/x", "not a url", "ftp://x", "http://", "file:///etc/passwd", "en", "ru", "fa",
        "sergey-lavrov", "abbas-araghchi", "vladimir-putin", "jcpoa", "russia-mfa", "bilateral-relations", "kuna-2025-04-18", "presstv-2022-01-20",
        "\"\\0\"", "\"\\uD800\"", "\"\\U0001F600\"", "\"\\x00\"", "\"\\e\"", "\"a\\\"b\"", "'it''s'", "\"\\L\\P\\N\"", "\"\\/\"",
        "\u202Eevil", "\u0627\u0644\u0644\u0647", "\U0001F600", "\u00E9\u0301", "Int", "_", "@x", "$x", "a b c", "   ", "\t",
        "[ a, [ [[b,c]]: d, e]]: 23", "[ [a]: b ]", "{ [a]: b }", "[ {a: b}: c ]", "[\n  [ [x]: y ]\n]", "-\t- x", "?\tkey: v",
        "\"a\n\tb\"", "%YAML 1.1#...", "a\u2028b", "\uFEFFa", "a\u200Bb",
    ];

    private static readonly Regex s_keyValue = new(@"^(?<lead>[ ]*(?:- )?)(?<key>[A-Za-z][A-Za-z0-9]*):(?<gap>[ ]+)(?<value>\S.*?)(?<eol>\r?)$", RegexOptions.CultureInvariant);

    private static readonly Regex s_listItem = new(@"^(?<lead>[ ]*- )(?<value>[^ #].*?)(?<eol>\r?)$", RegexOptions.CultureInvariant);

    public static Mutation Mutate(Random random, IReadOnlyList<DataFile> files)
    {
        var texts = files.Where(f => !f.IsYaml).ToList();
        var yaml = files.Where(f => f.IsYaml).ToList();
        var file = texts.Count > 0 && random.Next(12) == 0 ? texts[random.Next(texts.Count)] : yaml[random.Next(yaml.Count)];
        var kinds = file.IsYaml ? s_yamlKinds : s_textKinds;
        var kind = kinds[random.Next(kinds.Length)];
        var (text, description) = Apply(kind, random, file, files);
        return new Mutation(kind, file.Path, text, description);
    }

    private static (string Text, string Description) Apply(MutationKind kind, Random random, DataFile file, IReadOnlyList<DataFile> files)
    {
        var text = file.Text;
        var lines = text.Split('\n').ToList();
        switch (kind)
        {
            case MutationKind.DeleteLine:
            {
                var i = random.Next(lines.Count);
                var removed = lines[i];
                lines.RemoveAt(i);
                return (string.Join('\n', lines), $"deleted line {i + 1} {Show(removed)}");
            }

            case MutationKind.DuplicateLine:
            {
                var i = random.Next(lines.Count);
                lines.Insert(i, lines[i]);
                return (string.Join('\n', lines), $"duplicated line {i + 1} {Show(lines[i])}");
            }

            case MutationKind.SwapLines:
            {
                var i = random.Next(lines.Count);
                // Mostly near each other (where YAML structure is most sensitive), sometimes anywhere.
                var j = random.Next(3) == 0 ? random.Next(lines.Count) : Math.Clamp(i + random.Next(-4, 5), 0, lines.Count - 1);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return (string.Join('\n', lines), $"swapped lines {i + 1} and {j + 1} ({Show(lines[j])} <-> {Show(lines[i])})");
            }

            case MutationKind.SwapValues:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => s_keyValue.IsMatch(lines[i])).ToList();
                if (candidates.Count < 2)
                {
                    return Apply(MutationKind.SwapLines, random, file, files);
                }

                var a = candidates[random.Next(candidates.Count)];
                var b = candidates[random.Next(candidates.Count)];
                var ma = s_keyValue.Match(lines[a]);
                var mb = s_keyValue.Match(lines[b]);
                lines[a] = WithValue(ma, mb.Groups["value"].Value);
                lines[b] = WithValue(mb, ma.Groups["value"].Value);
                return (string.Join('\n', lines), $"swapped the values of line {a + 1} and line {b + 1}: now {Show(lines[a])} and {Show(lines[b])}");
            }

            case MutationKind.Truncate:
            {
                var at = random.Next(text.Length + 1);
                return (text.Substring(0, at), $"truncated at character {at} of {text.Length} ({Where(text, at)}), ending {Show(Tail(text.Substring(0, at), 40))}");
            }

            case MutationKind.InsertCharacters:
            {
                var at = random.Next(text.Length + 1);
                var inserted = RandomCharacters(random);
                return (text.Insert(at, inserted), $"inserted {Show(inserted)} at character {at} ({Where(text, at)})");
            }

            case MutationKind.ReplaceScalar:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => s_keyValue.IsMatch(lines[i]) || s_listItem.IsMatch(lines[i])).ToList();
                if (candidates.Count == 0)
                {
                    return Apply(MutationKind.InsertCharacters, random, file, files);
                }

                var i = candidates[random.Next(candidates.Count)];
                var token = RandomToken(random, files);
                var match = s_keyValue.Match(lines[i]);
                var before = lines[i];
                lines[i] = match.Success ? WithValue(match, token) : WithValue(s_listItem.Match(lines[i]), token);
                return (string.Join('\n', lines), $"replaced the value on line {i + 1}: {Show(before)} -> {Show(lines[i])}");
            }

            case MutationKind.ChangeIndentation:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
                if (candidates.Count == 0)
                {
                    return Apply(MutationKind.InsertCharacters, random, file, files);
                }

                var i = candidates[random.Next(candidates.Count)];
                var body = lines[i].TrimStart(' ', '\t');
                var old = lines[i].Length - body.Length;
                var indent = random.Next(4) switch
                {
                    0 => new string(' ', Math.Max(0, old + random.Next(-3, 4))),
                    1 => new string(' ', random.Next(0, 13)),
                    2 => "\t" + new string(' ', random.Next(0, 5)),
                    _ => new string(' ', Math.Max(0, old - 2)),
                };
                lines[i] = indent + body;
                return (string.Join('\n', lines), $"re-indented line {i + 1} from {old} to {Show(indent)}: {Show(lines[i])}");
            }

            case MutationKind.ChangeLineEnds:
            {
                // Line ends only: every position must stay where it was, by YAML 1.2's one definition of a line.
                string[] ends = random.Next(3) switch
                {
                    0 => ["\r"],
                    1 => ["\r\n"],
                    _ => ["\n", "\r\n", "\r"],
                };
                var builder = new StringBuilder();
                for (var i = 0; i < lines.Count; i++)
                {
                    builder.Append(lines[i].TrimEnd('\r'));
                    if (i < lines.Count - 1)
                    {
                        builder.Append(ends[(i + random.Next(ends.Length)) % ends.Length]);
                    }
                }

                return (builder.ToString(), $"changed the line ends to {string.Join(" and ", ends.Select(Show))}");
            }

            case MutationKind.RandomBytes:
            {
                var bytes = new byte[random.Next(0, 600)];
                random.NextBytes(bytes);
                var replaced = Encoding.UTF8.GetString(bytes);
                return (replaced, $"replaced the whole file with {bytes.Length} random bytes decoded as UTF-8: {Convert.ToHexString(bytes)}");
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string WithValue(Match match, string value) =>
        match.Groups["lead"].Value + (match.Groups["key"].Success && match.Groups["key"].Length > 0 ? match.Groups["key"].Value + ":" + match.Groups["gap"].Value : string.Empty) + value + match.Groups["eol"].Value;

    private static string RandomCharacters(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    builder.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 1:
                    builder.Append((char)random.Next(0x00, 0x20));
                    break;
                default:
                    builder.Append(s_hostile[random.Next(s_hostile.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomToken(Random random, IReadOnlyList<DataFile> files)
    {
        switch (random.Next(10))
        {
            case < 5:
                return s_tokens[random.Next(s_tokens.Length)];
            case < 8:
            {
                // A value that stands somewhere in the dataset: right type, wrong place (ids, dates, enum values …).
                var yaml = files.Where(f => f.IsYaml).ToList();
                var lines = yaml[random.Next(yaml.Count)].Text.Split('\n');
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var match = s_keyValue.Match(lines[random.Next(lines.Length)]);
                    if (match.Success)
                    {
                        return match.Groups["value"].Value;
                    }
                }

                return s_tokens[random.Next(s_tokens.Length)];
            }

            default:
                return RandomCharacters(random);
        }
    }

    private static string Where(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"line {line}, column {index - lineStart + 1}");
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text.Substring(text.Length - length);

    /// <summary>The text as a C# string literal, every character outside printable ASCII escaped, shortened to 200 characters.</summary>
    internal static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 200 ? text.Substring(0, 200) : text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < 0x20 || c > 0x7E => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append(text.Length > 200 ? "\"…" : "\"").ToString();
    }
}
