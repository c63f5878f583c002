using System.IO;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// The data's own version, as a curator and a consumer meet it: a copy of data/ with one value corrected and no
/// new changelog entry packs the library and the tool as a prerelease above the last release that names the
/// data's hash (never the version that held other data), with a warning while curating and an error in CI.
/// </summary>
// Packs changed copies of the repository: in CI and "tests/run.sh --all", not in the quick run.
[Trait("Category", "Long")]
public sealed partial class ReleaseTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "diplomacydata-release-" + Guid.NewGuid().ToString("N"));

    public ReleaseTests()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Data, Path.GetRelativePath(Repository.PathOf("data"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // A correction: one topic's name.
        var topics = Path.Combine(Data, "topics.yaml");
        var text = File.ReadAllText(topics);
        text.ShouldContain("name: Iran-Russia bilateral relations");
        File.WriteAllText(topics, text.Replace("name: Iran-Russia bilateral relations", "name: Iran–Russia bilateral relations", StringComparison.Ordinal));

        // The newest entry (the first in the file) links to the curator's guide, relative to data/ as the changelog's
        // links are: on a package page such a link would open nothing. The link goes right under its hash line, so
        // that it is in the newest entry whatever sections that entry has.
        var changelog = Path.Combine(Data, "CHANGELOG.md");
        var entry = File.ReadAllText(changelog);
        var hashLine = entry.IndexOf("\nContent hash: ", StringComparison.Ordinal);
        hashLine.ShouldBeGreaterThan(0);
        var afterHashLine = entry.IndexOf('\n', hashLine + 1) + 1;
        File.WriteAllText(changelog, entry.Insert(afterHashLine, "\nSee [the curator's guide](CURATING.md#cutting-a-data-release).\n"));
    }

    private string Data => Path.Combine(_work, "data");

    /// <summary>A curator's machine: not CI, whatever the test runner's own environment says.</summary>
    private static Dictionary<string, string> Curating => new() { ["CI"] = string.Empty, ["ContinuousIntegrationBuild"] = string.Empty };

    [Fact]
    public void Changed_data_packs_library_and_tool_as_a_prerelease_naming_its_hash_with_a_warning()
    {
        var feed = Path.Combine(_work, "feed");
        var library = Pack("DiplomacyData", feed);
        Pack("DiplomacyData.Cli", feed);

        var release = DataChangelog.NewestVersion(Path.Combine(Data, "CHANGELOG.md"));
        var warning = Dd0503().Match(library);
        warning.Success.ShouldBeTrue($"expected warning DD0503 while curating:\n{library}");
        var hash12 = warning.Groups["hash"].Value.Substring(0, 12);
        var expected = DataChangelog.Unreleased(release, hash12);
        warning.Groups["version"].Value.ShouldBe(expected);

        Directory.GetFiles(feed).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe([$"DiplomacyData.{expected}.nupkg", $"DiplomacyData.Cli.{expected}.nupkg"]);
        using var archive = ZipFile.OpenRead(Path.Combine(feed, $"DiplomacyData.{expected}.nupkg"));
        archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open().ReadToEndText().ShouldContain($"<version>{expected}</version>");

        // No release records this data: both packages' notes say so and give the last release's entry, whose
        // relative link becomes its text (no repository is set), in the notes and on the package page alike.
        foreach (var id in new[] { "DiplomacyData", "DiplomacyData.Cli" })
        {
            var package = new Nupkg(Path.Combine(feed, $"{id}.{expected}.nupkg"));
            var (metadata, ns) = package.Metadata();
            var notes = metadata.Element(ns + "releaseNotes")!.Value;
            notes.ShouldStartWith($"Version {expected} holds data that no release of the changelog records yet", Case.Sensitive);
            notes.ShouldContain($"Release {release} - ");
            notes.ShouldContain("See the curator's guide.");
            var readme = package.ReadText("README.md");
            readme.ShouldContain($"## Data version {expected}\n");
            readme.ShouldContain("See the curator's guide.");
            PackageReadme.Links(readme).ShouldAllBe(l => l.StartsWith("https://", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Changed_data_without_a_release_fails_the_build_in_CI()
    {
        var outcome = ProcessRunner.Run("dotnet", _work, new Dictionary<string, string> { ["CI"] = "true" },
            "build", Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj"),
            "--artifacts-path", Path.Combine(_work, "artifacts"), "--disable-build-servers", "-nodeReuse:false",
            $"-p:DiplomacyDataDirectory={Data}");

        outcome.ExitCode.ShouldNotBe(0, outcome.ToString());
        outcome.Out.ShouldContain("error DD0503");
    }

    [Fact]
    public void A_removed_id_fails_the_build_and_a_retired_one_keeps_compiling_as_an_obsolete_handle()
    {
        // Rename a topic's id (a removal plus an addition): its old handle is in the shipped ids.
        foreach (var file in Directory.GetFiles(Data, "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), @"\bbilateral-relations\b", "iran-russia-relations"));
        }

        var removed = ProcessRunner.Run("dotnet", _work, Curating, BuildArguments());
        removed.ExitCode.ShouldNotBe(0, removed.ToString());
        removed.Out.ShouldContain("error DD0504");
        removed.Out.ShouldContain("Topics.BilateralRelations ('bilateral-relations')");

        File.AppendAllText(Path.Combine(Data, "release", "retired-ids.tsv"), "Topics.BilateralRelations\tbilateral-relations\tiran-russia-relations\n");
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- Code written against the last release uses the retired handle: a warning it may keep. -->
                <WarningsNotAsErrors>CS0618</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            System.Console.WriteLine($"{DiplomacyData.Topics.BilateralRelations.Id} {ReferenceEquals(DiplomacyData.Topics.BilateralRelations, DiplomacyData.Topics.IranRussiaRelations)}");
            """);

        var build = DotNet.Run(_work, Curating, BuildArguments(Path.Combine(consumer, "Consumer.csproj")));
        build.ShouldContain("warning CS0618");
        build.ShouldContain("'bilateral-relations' is retired from the data; use Topics.IranRussiaRelations ('iran-russia-relations')");
        var run = DotNet.Run(_work, null, Path.Combine(_work, "artifacts", "bin", "Consumer", "debug", "Consumer.dll"));
        run.Trim().ShouldBe("iran-russia-relations True");
    }

    private string[] BuildArguments(string? project = null) =>
    [
        "build", project ?? Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj"),
        "--artifacts-path", Path.Combine(_work, "artifacts"), "--disable-build-servers", "-nodeReuse:false",
        $"-p:DiplomacyDataDirectory={Data}",
    ];

    private string Pack(string project, string feed) => DotNet.Run(_work, Curating,
        "pack", Repository.PathOf("src", project, project + ".csproj"),
        "--configuration", "Release", "--output", feed, "--disable-build-servers", "-nodeReuse:false",
        "--artifacts-path", Path.Combine(_work, "artifacts"), $"-p:DiplomacyDataDirectory={Data}");

    [GeneratedRegex(@"warning DD0503: The data's content hash is sha256:(?<hash>[0-9a-f]{64}),.*? the data is version (?<version>\S+)\.")]
    private static partial Regex Dd0503();

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

internal static class StreamText
{
    public static string ReadToEndText(this Stream stream)
    {
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
