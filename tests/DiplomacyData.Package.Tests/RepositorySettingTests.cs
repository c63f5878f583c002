using System.IO;
using System.Text.Json;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// One setting, RepositoryUrl in Directory.Build.props, gives the packages' repository and project URL and the
/// help page of the dataset diagnostics, which the generator can see; with none set, nothing names an address.
/// </summary>
public class RepositorySettingTests
{
    private static readonly string s_library = Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj");
    private static readonly string s_tool = Repository.PathOf("src", "DiplomacyData.Cli", "DiplomacyData.Cli.csproj");

    /// <summary>The repository address as configured in Directory.Build.props; empty when the project has none.</summary>
    public static string Configured =>
        XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value.Trim();

    [Fact]
    public void Without_a_repository_help_links_open_the_checkouts_page_and_the_packages_name_no_address()
    {
        Configured.ShouldBeEmpty("no public repository exists yet; set RepositoryUrl when there is one, and this test's twin below covers it");

        var library = Properties(s_library);
        var tool = Properties(s_tool);

        library["DiplomacyDataHelpPage"].ShouldBe(Repository.PathOf("data", "DIAGNOSTICS.md"));
        File.Exists(library["DiplomacyDataHelpPage"]).ShouldBeTrue();
        library["PackageProjectUrl"].ShouldBeEmpty();
        tool["PackageProjectUrl"].ShouldBeEmpty();
        library["CompilerVisible"].ShouldContain("DiplomacyDataHelpPage");
    }

    [Fact]
    public void A_configured_repository_gives_the_packages_address_and_the_help_page()
    {
        const string repository = "https://example.org/team/diplomacy";

        var library = Properties(s_library, "-p:RepositoryUrl=" + repository);
        var tool = Properties(s_tool, "-p:RepositoryUrl=" + repository + "/");

        library["DiplomacyDataHelpPage"].ShouldBe(repository + "/blob/HEAD/data/DIAGNOSTICS.md");
        library["PackageProjectUrl"].ShouldBe(repository);
        library["RepositoryType"].ShouldBe("git");
        tool["PackageProjectUrl"].ShouldBe(repository + "/");
        tool["DiplomacyDataHelpPage"].ShouldBe(repository + "/blob/HEAD/data/DIAGNOSTICS.md");
    }

    /// <summary>The project's evaluated properties (no build), and its compiler-visible properties as "CompilerVisible".</summary>
    private static Dictionary<string, string> Properties(string project, params string[] extra)
    {
        string[] names = ["DiplomacyDataHelpPage", "PackageProjectUrl", "RepositoryUrl", "RepositoryType"];
        var outcome = ProcessRunner.Run(
            "dotnet",
            Repository.Root,
            new Dictionary<string, string>(),
            ["msbuild", project, "-nodeReuse:false", .. names.Select(n => "-getProperty:" + n), "-getItem:CompilerVisibleProperty", .. extra]);
        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        using var json = JsonDocument.Parse(outcome.Out);
        var result = names.ToDictionary(n => n, n => json.RootElement.GetProperty("Properties").GetProperty(n).GetString() ?? string.Empty);
        result["CompilerVisible"] = json.RootElement.TryGetProperty("Items", out var items) && items.TryGetProperty("CompilerVisibleProperty", out var visible)
            ? string.Join(";", visible.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()))
            : string.Empty;
        return result;
    }
}
