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

        var page = new Uri(library["DiplomacyDataHelpPage"]);
        page.IsFile.ShouldBeTrue(page.ToString());
        page.LocalPath.ShouldBe(Repository.PathOf("data", "DIAGNOSTICS.md"));
        File.Exists(page.LocalPath).ShouldBeTrue();
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

    /// <summary>
    /// A checkout in a folder whose name holds what URIs and editorconfig files treat specially ('#' starts a fragment
    /// and a comment), a '%', a space and a letter outside ASCII: the help page is the page in that folder, escaped, so
    /// a link does not stop at the '#'. (The clones of <see cref="ClonedCheckouts"/> build and pack in such a folder.)
    /// </summary>
    [Fact]
    public void In_a_folder_whose_name_holds_a_hash_a_percent_a_space_and_a_letter_outside_ascii_the_help_page_is_escaped()
    {
        var root = Path.Combine(Path.GetTempPath(), "diplomacydata-#b %x Ærø-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyCheckout(root);

            var page = Properties(Path.Combine(root, "src", "DiplomacyData", "DiplomacyData.csproj"))["DiplomacyDataHelpPage"];

            page.ShouldStartWith("file:///");
            page.ShouldContain("%23b%20%25x%20%C3%86r%C3%B8");
            new Uri(page).LocalPath.ShouldBe(Path.Combine(root, "data", "DIAGNOSTICS.md"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>MSBuild and NuGet cannot work in a folder with ';' or '%41' in its name; the build says so in its own words.</summary>
    [Theory]
    [InlineData("semi;colon")]
    [InlineData("escape%41d")]
    public void In_a_folder_msbuild_cannot_work_in_the_build_says_why(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "diplomacydata-" + Guid.NewGuid().ToString("N"), name);
        try
        {
            CopyCheckout(root);

            var outcome = ProcessRunner.Run("dotnet", root, new Dictionary<string, string>(), "restore", Path.Combine(root, "src", "DiplomacyData", "DiplomacyData.csproj"), "-nodeReuse:false");

            outcome.ExitCode.ShouldNotBe(0);
            outcome.Out.ShouldContain("move or rename the folder", Case.Sensitive, outcome.ToString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    /// <summary>The working tree's files that git tracks or would track, copied under <paramref name="root"/>.</summary>
    private static void CopyCheckout(string root)
    {
        var files = ClonedCheckouts.Git(Repository.Root, "ls-files", "--cached", "--others", "--exclude-standard", "-z")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files.Where(f => File.Exists(Path.Combine(Repository.Root, f))))
        {
            var target = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repository.Root, file), target);
        }
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
