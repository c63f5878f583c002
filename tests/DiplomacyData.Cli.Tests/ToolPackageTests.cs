using System.IO;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The tool as a user gets it: packed with no version given, so with its data's version, installed with
/// <c>dotnet tool install --tool-path</c> from a folder feed with an empty package cache (no cached package can
/// stand in for it) and no other source, and run as <c>diplomacy</c>.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempDirectory _work = new("diplomacy-tool-test");
    // The data these tests were built with is the data the tool is packed from: its version is the package's.
    private readonly string _version = Catalog.Version;

    [Fact]
    public void Packed_tool_installs_from_a_folder_feed_and_runs()
    {
        var feed = _work.Combine("feed");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _work.Combine("packages") };
        // Intermediate and output files go to the temp folder too (artifacts layout): another test project
        // packing src/DiplomacyData at the same time must not share obj/ folders with this build.
        DotNet(Repository.Root, new Dictionary<string, string>(),
            "pack", Repository.PathOf("src", "DiplomacyData.Cli", "DiplomacyData.Cli.csproj"),
            "--configuration", "Release", "--output", feed, "--disable-build-servers",
            "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={_work.Combine("build")}");
        var nupkg = Path.Combine(feed, $"DiplomacyData.Cli.{_version}.nupkg");
        File.Exists(nupkg).ShouldBeTrue($"expected {nupkg}");
        CheckPackageContents(nupkg);

        // Only the folder feed is a source: the tool package alone must be enough.
        File.WriteAllText(_work.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = _work.Combine("tools");
        DotNet(_work.Path, environment,
            "tool", "install", "DiplomacyData.Cli", "--version", _version, "--tool-path", tools, "--configfile", _work.Combine("nuget.config"));

        var diplomacy = Path.Combine(tools, OperatingSystem.IsWindows() ? "diplomacy.exe" : "diplomacy");
        var stats = ProcessRunner.Run(diplomacy, _work.Path, new Dictionary<string, string>(), "stats", "--format", "json");
        stats.ExitCode.ShouldBe(0, stats.ToString());
        using var json = JsonDocument.Parse(stats.Out);
        json.RootElement.GetProperty("records").GetProperty("engagements").GetInt32().ShouldBe(Catalog.Engagements.Count);
        json.RootElement.GetProperty("version").GetString().ShouldBe(Catalog.Version);
        json.RootElement.GetProperty("data_version").GetString().ShouldBe(Catalog.DataVersion);
        json.RootElement.GetProperty("content_hash").GetString().ShouldBe(Catalog.ContentHash);

        var usage = ProcessRunner.Run(diplomacy, _work.Path, new Dictionary<string, string>(), "list", "--kind", "nonsense");
        usage.ExitCode.ShouldBe(2, usage.ToString());
        usage.Out.ShouldBeEmpty();
        usage.Error.ShouldStartWith("error: ");

        var version = ProcessRunner.Run(diplomacy, _work.Path, new Dictionary<string, string>(), "--version");
        version.Out.ShouldBe($"diplomacy {_version} (data {Catalog.DataVersion}, {Catalog.ContentHash})\n");
    }

    public void Dispose() => _work.Dispose();

    private static void CheckPackageContents(string nupkg)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("tools/net8.0/any/diplomacy.dll");
        entries.ShouldContain("tools/net8.0/any/DiplomacyData.dll");
        entries.ShouldContain("tools/net8.0/any/DotnetToolSettings.xml");
        entries.ShouldContain("README.md");

        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "id")!.Value.ShouldBe("DiplomacyData.Cli");
        metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
        metadata.Element(ns + "packageTypes")!.Elements(ns + "packageType").Select(p => p.Attribute("name")!.Value).ShouldContain("DotnetTool");
    }

    private static void DotNet(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var outcome = ProcessRunner.Run("dotnet", workingDirectory, environment, arguments);
        outcome.ExitCode.ShouldBe(0, $"dotnet {string.Join(' ', arguments)}\n{outcome}");
    }
}
