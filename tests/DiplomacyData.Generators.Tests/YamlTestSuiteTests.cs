using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The YAML test suite (vendored in YamlTestSuite/, see its PROVENANCE.md) run as dataset files, all in one build
/// beside the mini dataset: no input crashes the generator, every input the suite marks invalid is a YAML error
/// (DD00xx) in its own file, no valid input is rejected by the generator's own syntax checks, the valid inputs the
/// YAML reader cannot read are the ones data/DIAGNOSTICS.md lists, and the mini dataset still compiles.
/// </summary>
public class YamlTestSuiteTests
{
    private const string Folder = "/repo/data/yaml-test-suite/";

    /// <summary>Diagnostics of the generator's own checks of YAML syntax, which valid YAML that YamlDotNet reads must never get.</summary>
    private static readonly string[] s_syntaxChecks = ["DD0015", "DD0016"];

    private static readonly Lazy<IReadOnlyList<SuiteCase>> s_cases = new(LoadCases);

    private static readonly Lazy<GeneratorRun> s_run = new(() =>
    {
        var dataset = new MiniDataset();
        foreach (var suiteCase in s_cases.Value)
        {
            dataset.AndFile(suiteCase.Path, suiteCase.Yaml);
        }

        return dataset.Run();
    });

    [Fact]
    public void The_vendored_suite_is_complete()
    {
        s_cases.Value.Count.ShouldBe(402);
        s_cases.Value.Count(c => c.Invalid).ShouldBe(94);
    }

    [Fact]
    public void No_case_crashes_the_generator_or_its_reporting()
    {
        var run = s_run.Value;

        run.Result.Results.Single().Exception.ShouldBeNull();
        run.GeneratorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785" or "DD9999").ShouldBeEmpty();
        run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("DD", StringComparison.Ordinal) && d.Location.GetLineSpan().Path is not { Length: > 0 })
            .ShouldBeEmpty("every DD diagnostic has its place in a file");
    }

    [Fact]
    public void One_file_that_fails_never_stops_the_others()
    {
        var run = s_run.Value;

        run.CompilationErrors.ShouldBeEmpty();
        run.GeneratedKind("People").ShouldContain("SergeyLavrov");
        run.GeneratedKind("Engagements").ShouldContain("LavrovAraghchiTalks20250418");
        run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == MiniDataset.DataPath).ShouldBeEmpty();
    }

    [Fact]
    public void Every_case_marked_invalid_is_a_yaml_error_in_its_own_file()
    {
        var byFile = YamlErrorsByFile(s_run.Value);

        var missed = s_cases.Value.Where(c => c.Invalid && !byFile.Contains(c.Path)).Select(c => c.Id).ToList();

        missed.ShouldBeEmpty("invalid YAML read without a DD00xx error");
    }

    [Fact]
    public void No_valid_case_is_rejected_by_the_generators_own_syntax_checks()
    {
        // Where YamlDotNet fails, DD0015 explains its error, and the case is listed as valid YAML it cannot read.
        var valid = s_cases.Value.Where(c => !c.Invalid && YamlDotNetReads(c.Yaml)).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);

        var rejected = s_run.Value.GeneratorDiagnostics
            .Where(d => s_syntaxChecks.Contains(d.Id) && valid.Contains(d.Location.GetLineSpan().Path))
            .Select(d => d.ToString())
            .ToList();

        rejected.ShouldBeEmpty();
    }

    [Fact]
    public void Valid_yaml_the_reader_cannot_read_is_listed_in_the_diagnostics_reference()
    {
        var unreadable = s_cases.Value.Where(c => !c.Invalid && !YamlDotNetReads(c.Yaml)).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();

        DocumentedUnreadable().ShouldBe(unreadable);
    }

    [Fact]
    public void Valid_yaml_the_reader_cannot_read_is_a_yaml_error_not_a_crash()
    {
        var byFile = YamlErrorsByFile(s_run.Value);

        foreach (var id in DocumentedUnreadable())
        {
            byFile.ShouldContain(Folder + id + ".yaml");
        }
    }

    private static HashSet<string> YamlErrorsByFile(GeneratorRun run) => run.GeneratorDiagnostics
        .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DD00", StringComparison.Ordinal))
        .Select(d => d.Location.GetLineSpan().Path)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>True when YamlDotNet parses every event of the stream, as the generator's reader uses it.</summary>
    private static bool YamlDotNetReads(string yaml)
    {
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
            }

            return true;
        }
        catch (Exception exception) when (exception is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The case ids in the table of DIAGNOSTICS.md's section "Valid YAML the reader cannot read".</summary>
    private static List<string> DocumentedUnreadable()
    {
        var lines = File.ReadAllLines(Repository.PathOf("data", "DIAGNOSTICS.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("### Valid YAML the reader cannot read", StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, "data/DIAGNOSTICS.md needs a section '### Valid YAML the reader cannot read'");
        var row = new Regex(@"^\| `([0-9A-Z]{4}(?:-\d{2,3})?)` \|", RegexOptions.CultureInvariant);
        return lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith('#') && !l.StartsWith("<a ", StringComparison.Ordinal))
            .Select(l => row.Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<SuiteCase> LoadCases()
    {
        var root = Repository.PathOf("tests", "DiplomacyData.Generators.Tests", "YamlTestSuite", "cases");
        return Directory.GetDirectories(root)
            .Order(StringComparer.Ordinal)
            .Select(dir => new SuiteCase(
                Path.GetFileName(dir),
                File.ReadAllText(Path.Combine(dir, "in.yaml"), new System.Text.UTF8Encoding(false)),
                File.Exists(Path.Combine(dir, "error"))))
            .ToList();
    }

    private sealed record SuiteCase(string Id, string Yaml, bool Invalid)
    {
        public string Path => Folder + Id + ".yaml";
    }
}
