using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Seeded fuzzing over the real dataset: hundreds (thousands on request) of small corruptions of the real YAML files (and now and then
/// of an archived text), each run through the generator. Whatever the input, the generator must not crash, must
/// not report an internal error, must put every diagnostic in a data file, and must emit code that compiles.
/// </summary>
public class FuzzTests(Xunit.Abstractions.ITestOutputHelper testOutput)
{
    /// <summary>The master seed: every case's own seed is drawn from it, so a failure names the case seed to replay.</summary>
    private const int Seed = 20261123;

    /// <summary>
    /// Cases per run: 400 by default (every kind of mutation many times over, in seconds), or as many as the
    /// <c>DIPLOMACYDATA_FUZZ_CASES</c> environment variable asks for (<c>DIPLOMACYDATA_FUZZ_CASES=3000 bash tests/run.sh</c>,
    /// the long run before a release). The seeds are drawn in order, so the default's cases are the long run's first.
    /// </summary>
    private static readonly int Cases =
        int.TryParse(Environment.GetEnvironmentVariable("DIPLOMACYDATA_FUZZ_CASES"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : 400;

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
        // However few the cases, each kind of mutation is tried: a smaller run still fails on a regression of any kind.
        outcomes.Select(o => o.Kind).Distinct().Order().ShouldBe(Enum.GetValues<MutationKind>().Order(), "every kind of mutation is tried");
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
