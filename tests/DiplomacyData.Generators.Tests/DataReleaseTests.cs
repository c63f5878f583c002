using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using DiplomacyData.Generators.Release;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The data's release: its version from data/CHANGELOG.md checked against its hash (DD0501–DD0503), and its
/// ids checked against those of the last release, with retired ids kept as obsolete handles (DD0504–DD0506).
/// </summary>
public partial class DataReleaseTests
{
    private const string ChangelogPath = "/repo/data/CHANGELOG.md";
    private const string ShippedPath = "/repo/data/release/shipped-ids.tsv";
    private const string RetiredPath = "/repo/data/release/retired-ids.tsv";

    private static readonly Lazy<string> s_miniHash = new(() => ContentHashTests.HashOf(new MiniDataset().Run()));

    private static string MiniHash => s_miniHash.Value;

    private static string Changelog(string hash, string version = "1.2.0") => $"""
        # Changelog of the data

        ## Unreleased

        ## {version} - 2026-11-29

        Content hash: `{hash}`

        ### Added
        - the test source

        ## 1.1.0 - 2026-10-01

        Content hash: sha256:{new string('0', 64)}
        """;

    /// <summary>The mini dataset with release files, built with no version given (so the data's version is the package's).</summary>
    private static GeneratorRun Run(MiniDataset dataset, bool required = false, params (string Path, string Text)[] releaseFiles)
    {
        foreach (var file in releaseFiles)
        {
            dataset.AndFile(file.Path, file.Text);
        }

        var texts = dataset.Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text));
        var properties = new Dictionary<string, string> { [ReleaseSettings.RequiredProperty] = required ? "true" : "false" };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new PropertiesProvider(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.ModelCompilation(), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    private static string CatalogString(GeneratorRun run, string property)
    {
        var match = Regex.Match(run.Generated("Catalog.g.cs"), $"public static string {property} => \"([^\"]*)\";");
        match.Success.ShouldBeTrue(property);
        return match.Groups[1].Value;
    }

    /// <summary>The compiled assembly's informational version: what pack reads back as the package version.</summary>
    private static string? InformationalVersion(GeneratorRun run) =>
        run.Output.Assembly.GetAttributes()
            .SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == typeof(AssemblyInformationalVersionAttribute).FullName)
            ?.ConstructorArguments.Single().Value as string;

    [Fact]
    public void Data_matching_the_newest_release_has_its_version_and_packs_as_it()
    {
        var run = Run(new MiniDataset(), releaseFiles: (ChangelogPath, Changelog(MiniHash)));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
        CatalogString(run, "DataVersion").ShouldBe("1.2.0");
        CatalogString(run, "Version").ShouldBe("1.2.0");
        CatalogString(run, "ContentHash").ShouldBe(MiniHash);
        InformationalVersion(run).ShouldBe("1.2.0");
    }

    [Fact]
    public void Changed_data_warns_at_the_recorded_hash_and_becomes_a_prerelease_naming_its_own()
    {
        var recorded = "sha256:" + new string('a', 64);
        var changelog = Changelog(recorded);
        var run = Run(new MiniDataset(), releaseFiles: (ChangelogPath, changelog));

        var diagnostic = run.ShouldReportAt("DD0503", ChangelogPath, changelog, recorded);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain($"'Content hash: {MiniHash}'");
        var expected = "1.2.1-dev." + MiniHash.Substring("sha256:".Length, 12);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain($"the data is version {expected}.");
        CatalogString(run, "DataVersion").ShouldBe(expected);
        CatalogString(run, "Version").ShouldBe(expected);
        InformationalVersion(run).ShouldBe(expected);
    }

    [Fact]
    public void A_changed_prerelease_stays_below_the_release_it_leads_to()
    {
        var run = Run(new MiniDataset(), releaseFiles: (ChangelogPath, Changelog("sha256:" + new string('b', 64), version: "2.0.0-rc.1")));

        run.Single("DD0503");
        CatalogString(run, "DataVersion").ShouldBe("2.0.0-rc.1.dev." + MiniHash.Substring("sha256:".Length, 12));
    }

    [Fact]
    public void An_explicit_version_wins_for_the_package_but_not_for_the_data()
    {
        var run = new MiniDataset().AndFile(ChangelogPath, Changelog(MiniHash)).Run();

        CatalogString(run, "Version").ShouldBe(GeneratorHarness.DefaultVersion);
        CatalogString(run, "DataVersion").ShouldBe("1.2.0");
    }

    [Fact]
    public void A_changelog_without_releases_is_data_changed_since_version_zero()
    {
        var run = Run(new MiniDataset(), releaseFiles: (ChangelogPath, "# Changelog of the data\n\n## Unreleased\n"));

        run.ShouldReportAt("DD0503", ChangelogPath, "# Changelog", "#").GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("records no release yet");
        CatalogString(run, "DataVersion").ShouldStartWith("0.0.1-dev.");
    }

    /// <summary>Changelogs (HASH stands for the data's hash), where the problem is (the n-th occurrence of a text), and what the message says.</summary>
    public static TheoryData<string, string, int, string> MalformedChangelogs => new()
    {
        { "## 1.3 - 2026-12-01\n\nContent hash: HASH\n", "1.3", 1, "'1.3' is not a SemVer version" },
        { "## 01.3.0 - 2026-12-01\n\nContent hash: HASH\n", "01.3.0", 1, "'01.3.0' is not a SemVer version" },
        { "## 1.3.0+build.5 - 2026-12-01\n\nContent hash: HASH\n", "1.3.0+build.5", 1, "'1.3.0+build.5' is not a SemVer version" },
        { "## 1.3.0 - 2026-13-01\n\nContent hash: HASH\n", "2026-13-01", 1, "'2026-13-01' is not a date" },
        { "## 1.3.0 on 2026-12-01\n\nContent hash: HASH\n", "## 1.3.0 on", 1, "is not a release heading" },
        { "## 1.3.0 - 2026-12-01\n\nNo hash here.\n\n## 1.1.0 - 2026-11-29\n\nContent hash: HASH\n", "## 1.3.0", 1, "release 1.3.0 has no 'Content hash: sha256:…' line" },
        { "## 1.3.0 - 2026-12-01\n\nContent hash: sha256:ABC\n", "sha256:ABC", 1, "'sha256:ABC' is not a content hash" },
        { "## 1.0.0 - 2026-12-01\n\nContent hash: HASH\n\n## 1.1.0 - 2026-11-29\n\nContent hash: HASH\n", "1.1.0", 1, "release 1.1.0 is listed below release 1.0.0" },
        { "## 1.1.0 - 2026-12-01\n\nContent hash: HASH\n\n## 1.1.0 - 2026-11-29\n\nContent hash: HASH\n", "1.1.0", 2, "release 1.1.0 is listed below release 1.1.0" },
    };

    [Theory]
    [MemberData(nameof(MalformedChangelogs))]
    public void Malformed_changelog_entries_are_reported_where_they_are(string entries, string at, int occurrence, string problem)
    {
        var changelog = "# Changelog of the data\n\n" + entries.Replace("HASH", MiniHash, StringComparison.Ordinal);

        var run = Run(new MiniDataset(), releaseFiles: (ChangelogPath, changelog));

        var diagnostic = run.ShouldReportAt("DD0502", ChangelogPath, changelog, at, occurrence);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain(problem);
    }

    public static TheoryData<string, string> OddReleaseFiles => new()
    {
        { ChangelogPath, "##" },
        { ChangelogPath, "## \n## [] - \nContent hash:\n" },
        { ChangelogPath, "## 99999999999.0.0 - 2026-01-01\nContent hash: sha256:\n" },
        { ChangelogPath, "\u0000\uFEFF## 1.0.0 - 2026-02-30\r\rContent hash: `sha256:`\r" },
        { ShippedPath, ".\n a. b\n.b c\nA.B.C d\n\t\t\nPeople.  x\n" },
        { RetiredPath, "Topics.Jcpoa jcpoa jcpoa\nTopics.Jcpoa jcpoa iran-nuclear-deal\n#\n People.X\ty\tz w\n" },
    };

    [Theory]
    [MemberData(nameof(OddReleaseFiles))]
    public void Odd_release_files_are_diagnostics_never_a_failure_of_the_generator(string path, string text)
    {
        var run = Run(Renamed(), releaseFiles: (path, text));

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999" || d.Id.StartsWith("CS", StringComparison.Ordinal), string.Join("\n", run.GeneratorDiagnostics));
        run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("DD05", StringComparison.Ordinal)).ShouldNotBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Positions_in_a_changelog_with_cr_only_line_ends_are_on_their_own_line()
    {
        var changelog = "# Changelog\r\r## 1.0.0 - 2026-11-29\r\rContent hash: sha256:" + new string('c', 64) + "\r";

        var diagnostic = Run(new MiniDataset(), releaseFiles: (ChangelogPath, changelog)).Single("DD0503");

        var span = diagnostic.Location.GetLineSpan();
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((5, 15));
    }

    [Fact]
    public void Release_files_required_but_missing_are_reported_and_an_unreleased_dataset_is_quiet()
    {
        var required = Run(new MiniDataset(), required: true);
        var quiet = Run(new MiniDataset(), required: false);

        required.GeneratorDiagnostics.Where(d => d.Id == "DD0501").Select(d => Regex.Match(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), "release file '([^']+)'").Groups[1].Value)
            .ShouldBe(["CHANGELOG.md", "shipped-ids.tsv"], ignoreOrder: true);
        quiet.GeneratorDiagnostics.ShouldBeEmpty();
        CatalogString(quiet, "DataVersion").ShouldBe("0.0.1-dev." + MiniHash.Substring("sha256:".Length, 12));
    }

    private const string Shipped = """
        # handle, id
        Countries.Iran	IRN
        Countries.Russia	RUS
        People.SergeyLavrov	sergey-lavrov
        People.AbbasAraghchi	abbas-araghchi
        Topics.Jcpoa	jcpoa
        """;

    /// <summary>The topic 'jcpoa' renamed 'iran-nuclear-deal', references included.</summary>
    private static MiniDataset Renamed() => new(MiniDataset.Yaml
        .Replace("id: jcpoa", "id: iran-nuclear-deal", StringComparison.Ordinal)
        .Replace("topics: [jcpoa]", "topics: [iran-nuclear-deal]", StringComparison.Ordinal));

    [Fact]
    public void Released_ids_still_present_report_nothing()
    {
        var run = Run(new MiniDataset(), releaseFiles: (ShippedPath, Shipped));

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_removed_or_renamed_id_is_an_error_at_its_line_of_the_shipped_ids()
    {
        var run = Run(Renamed(), releaseFiles: (ShippedPath, Shipped));

        var diagnostic = run.ShouldReportAt("DD0504", ShippedPath, Shipped, "Topics.Jcpoa");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("The typed handle Topics.Jcpoa ('jcpoa') is in the last release, but no record has the id 'jcpoa' any more");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void A_country_renamed_loses_its_handle_though_its_id_stays()
    {
        var run = Run(MiniDataset.With("name: Iran\n", "name: Persia\n"), releaseFiles: (ShippedPath, Shipped));

        run.ShouldReportAt("DD0504", ShippedPath, Shipped, "Countries.Iran").GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'IRN' is now Countries.Persia");
    }

    [Fact]
    public void A_retired_id_stays_as_an_obsolete_handle_returning_its_successor()
    {
        const string Retired = "# handle, retired id, successor\nTopics.Jcpoa  jcpoa  iran-nuclear-deal\n";
        var run = Run(Renamed(), releaseFiles: [(ShippedPath, Shipped), (RetiredPath, Retired)]);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
        var topics = run.GeneratedKind("Topics");
        topics.ShouldContain("[global::System.Obsolete(\"'jcpoa' is retired from the data; use Topics.IranNuclearDeal ('iran-nuclear-deal')\")]");

        // A consumer's code written against the last release: it compiles, with the obsolete warning only, and
        // gets the successor.
        var consumer = CSharpSyntaxTree.ParseText("public static class Consumer { public static object Old() => DiplomacyData.Topics.Jcpoa; public static object New() => DiplomacyData.Topics.IranNuclearDeal; }");
        var compilation = run.Output.AddSyntaxTrees(consumer).WithOptions(run.Output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error).WithSpecificDiagnosticOptions([new("CS0618", ReportDiagnostic.Warn)]));
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        diagnostics.Select(d => d.Id).ShouldBe(["CS0618"], string.Join("\n", diagnostics));
        diagnostics[0].Location.SourceTree.ShouldBe(consumer, "the generated code itself uses no obsolete member");

        using var image = new System.IO.MemoryStream();
        compilation.Emit(image).Success.ShouldBeTrue();
        var context = new AssemblyLoadContext("retired-handle", isCollectible: true);
        try
        {
            var type = context.LoadFromStream(new System.IO.MemoryStream(image.ToArray())).GetType("Consumer")!;
            var old = type.GetMethod("Old")!.Invoke(null, null);
            old.ShouldBeSameAs(type.GetMethod("New")!.Invoke(null, null));
        }
        finally
        {
            context.Unload();
        }
    }

    public static TheoryData<string, string, string, string> BadRetirements => new()
    {
        { "DD0506", "Topics.Jcpoa  jcpoa  iran-nuclear-dea\n", "Topics.Jcpoa", "its successor 'iran-nuclear-dea' is not the id of any record of Topics" },
        { "DD0506", "Topics.IranNuclearDeal  jcpoa  iran-nuclear-deal\n", "Topics.IranNuclearDeal", "it is the typed handle of the current record 'iran-nuclear-deal'" },
        { "DD0505", "Topics.Jcpoa  jcpoa\n", "Topics.Jcpoa", "is not a line of handle, retired id and successor id" },
        { "DD0505", "Subjects.Jcpoa  jcpoa  iran-nuclear-deal\n", "Subjects.Jcpoa", "'Subjects' is not a class of typed handles" },
        { "DD0505", "Topics.class  jcpoa  iran-nuclear-deal\n", "Topics.class", "'class' is not a valid C# identifier" },
    };

    [Theory]
    [MemberData(nameof(BadRetirements))]
    public void A_retirement_that_cannot_be_kept_is_reported_at_its_line(string id, string line, string at, string problem)
    {
        var retired = "# handle, retired id, successor\n" + line;
        var run = Run(Renamed(), releaseFiles: [(RetiredPath, retired)]);

        run.ShouldReportAt(id, RetiredPath, retired, at).GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain(problem);
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_that_cannot_be_read_does_not_make_its_ids_removed()
    {
        var run = Run(new MiniDataset(MiniDataset.Yaml + "  - id: [unclosed\n"), releaseFiles: (ShippedPath, Shipped));

        run.Errors.ShouldNotBeEmpty();
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0504");
    }

    [Fact]
    public void A_record_with_an_error_is_not_also_reported_as_removed()
    {
        var run = Run(MiniDataset.With("name: Joint Comprehensive Plan of Action", "name: [not, a, string]"), releaseFiles: (ShippedPath, Shipped));

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0504");
        run.Errors.ShouldNotBeEmpty();
    }

    private sealed class PropertiesProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
