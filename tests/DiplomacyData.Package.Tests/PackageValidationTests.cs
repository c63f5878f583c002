using System.IO;
using System.Text.Json;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// The SDK's package validation runs after every pack, against the previous release once packages are
/// published; a break of the consumer API fails the pack.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageValidationTests(ClonedCheckouts clones) : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "diplomacydata-validation-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_baseline_is_the_release_before_the_newest_once_packages_are_published()
    {
        // The library only: the SDK turns package validation off for tools (PackAsTool), whose API is their command line.
        const string project = "DiplomacyData";
        var data = Path.Combine(_work, "data");
        Directory.CreateDirectory(data);
        var changelog = File.ReadAllText(Repository.PathOf("data", "CHANGELOG.md"));
        var newest = DataChangelog.NewestVersion();
        File.WriteAllText(Path.Combine(data, "CHANGELOG.md"), changelog.Replace($"## {newest} - ", $"## 99.0.0 - 2099-01-01\n\nContent hash: `sha256:{new string('0', 64)}`\n\n## {newest} - ", StringComparison.Ordinal));

        string[] published = ["-p:RepositoryUrl=" + ClonedCheckouts.RepositoryUrl];
        Evaluate(project, [$"-p:DiplomacyDataDirectory={data}", .. published]).ShouldBe((newest, "true"));
        // Only one release in the changelog: nothing to compare with.
        var single = Path.Combine(_work, "single");
        Directory.CreateDirectory(single);
        File.WriteAllText(Path.Combine(single, "CHANGELOG.md"), changelog[..changelog.IndexOf("\n## ", changelog.IndexOf($"## {newest} - ", StringComparison.Ordinal), StringComparison.Ordinal)] + "\n");
        Evaluate(project, [$"-p:DiplomacyDataDirectory={single}", .. published]).ShouldBe((string.Empty, "true"));
        // No public repository: nothing was ever pushed, so no baseline to download.
        Evaluate(project, [$"-p:DiplomacyDataDirectory={data}", "-p:RepositoryUrl="]).ShouldBe((string.Empty, "true"));
    }

    [Trait("Category", "Long")]
    [Fact]
    public void A_break_of_the_consumer_api_since_the_baseline_fails_the_pack()
    {
        // The second clone, packed by the fixture, against the first clone's package of the same commit.
        var root = clones.Second.Root;
        string[] pack =
        [
            "pack", Path.Combine(root, "src", "DiplomacyData", "DiplomacyData.csproj"),
            "--configuration", "Release", "--output", Path.Combine(_work, "feed"), "--disable-build-servers", "-nodeReuse:false",
            "-p:RepositoryUrl=" + ClonedCheckouts.RepositoryUrl, "-p:ContinuousIntegrationBuild=true",
            "-p:PackageValidationBaselinePath=" + clones.First.Library.Path,
        ];
        var unchanged = ProcessRunner.Run("dotnet", root, new Dictionary<string, string>(), pack);
        unchanged.ExitCode.ShouldBe(0, unchanged.ToString());

        // Two accidental breaks: a lookup renamed, and another one no longer public.
        var lookups = Path.Combine(root, "src", "DiplomacyData", "Catalog.Lookups.cs");
        var text = File.ReadAllText(lookups);
        text.ShouldContain("public static Engagement? FindEngagement(string id)");
        text.ShouldContain("public static IReadOnlyList<Engagement> EngagementsOf(Person person)");
        File.WriteAllText(lookups, text
            .Replace("public static Engagement? FindEngagement(string id)", "public static Engagement? FindEngagementById(string id)", StringComparison.Ordinal)
            .Replace("public static IReadOnlyList<Engagement> EngagementsOf(Person person)", "internal static IReadOnlyList<Engagement> EngagementsOf(Person person)", StringComparison.Ordinal));
        var broken = ProcessRunner.Run("dotnet", root, new Dictionary<string, string>(), pack);

        broken.ExitCode.ShouldNotBe(0, broken.ToString());
        var errors = broken.Out.Split('\n').Where(l => l.Contains("error CP0002", StringComparison.Ordinal)).ToList();
        errors.ShouldContain(l => l.Contains("DiplomacyData.Catalog.FindEngagement(", StringComparison.Ordinal), broken.ToString());
        errors.ShouldContain(l => l.Contains("DiplomacyData.Catalog.EngagementsOf(", StringComparison.Ordinal), broken.ToString());
    }

    /// <summary>The baseline version and whether validation is on, as the project evaluates them.</summary>
    private static (string Baseline, string Enabled) Evaluate(string project, string[] properties)
    {
        var outcome = ProcessRunner.Run("dotnet", Repository.Root, new Dictionary<string, string>(),
            ["msbuild", Repository.PathOf("src", project, project + ".csproj"), "-nodeReuse:false",
             "-getProperty:PackageValidationBaselineVersion", "-getProperty:EnablePackageValidation", .. properties]);
        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        using var json = JsonDocument.Parse(outcome.Out);
        var values = json.RootElement.GetProperty("Properties");
        return (values.GetProperty("PackageValidationBaselineVersion").GetString()!, values.GetProperty("EnablePackageValidation").GetString()!);
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
