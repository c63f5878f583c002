using System.IO;
using System.Text.Json;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// Two settings in Directory.Build.props, each naming one address: RepositoryUrl gives the packages' repository and
/// project URL, DiplomacyDataDocs the documentation site that the dataset diagnostics' help links open (the
/// generator can see it). With neither set, nothing names an address but the site built in this checkout.
/// </summary>
public class RepositorySettingTests
{
    private static readonly string s_library = Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj");
    private static readonly string s_tool = Repository.PathOf("src", "DiplomacyData.Cli", "DiplomacyData.Cli.csproj");

    /// <summary>The repository address as configured in Directory.Build.props; empty when the project has none.</summary>
    public static string Configured => Setting("RepositoryUrl");

    [Fact]
    public void Unpublished_help_links_open_the_site_built_in_the_checkout_and_the_packages_name_no_address()
    {
        Configured.ShouldBeEmpty("no public repository exists yet; set RepositoryUrl when there is one, and this test's twin below covers it");
        Setting("DiplomacyDataDocs").ShouldBeEmpty("no published docs site exists yet; set DiplomacyDataDocs when there is one");

        var library = Properties(s_library);
        var tool = Properties(s_tool);

        var site = new Uri(library["DiplomacyDataDocs"]);
        site.IsFile.ShouldBeTrue(site.ToString());
        site.LocalPath.ShouldBe(Repository.PathOf("artifacts", "docs", "site") + "/", "docs/build.sh writes the site there");
        library["PackageProjectUrl"].ShouldBeEmpty();
        tool["PackageProjectUrl"].ShouldBeEmpty();
        library["CompilerVisible"].ShouldContain("DiplomacyDataDocs");
    }

    [Fact]
    public void A_configured_repository_gives_the_packages_address_and_leaves_the_docs_address_alone()
    {
        const string repository = "https://example.org/team/diplomacy";

        var library = Properties(s_library, "-p:RepositoryUrl=" + repository);
        var tool = Properties(s_tool, "-p:RepositoryUrl=" + repository + "/");

        library["PackageProjectUrl"].ShouldBe(repository);
        library["RepositoryType"].ShouldBe("git");
        tool["PackageProjectUrl"].ShouldBe(repository + "/");
        new Uri(library["DiplomacyDataDocs"]).IsFile.ShouldBeTrue("a repository's address says nothing about where its docs are published");
    }

    [Fact]
    public void A_configured_docs_address_is_the_help_links_site()
    {
        const string docs = "https://example.org/team/diplomacy/";

        var library = Properties(s_library, "-p:DiplomacyDataDocs=" + docs);

        library["DiplomacyDataDocs"].ShouldBe(docs);
        library["PackageProjectUrl"].ShouldBeEmpty("the docs address is not the repository's");
    }

    /// <summary>
    /// A checkout in a folder whose name holds what URIs and editorconfig files treat specially ('#' starts a fragment
    /// and a comment), a '%', a space and a letter outside ASCII: the docs address is the site in that folder, escaped,
    /// so a link does not stop at the '#'. (The clones of <see cref="ClonedCheckouts"/> build and pack in such a folder.)
    /// </summary>
    [Fact]
    public void In_a_folder_whose_name_holds_a_hash_a_percent_a_space_and_a_letter_outside_ascii_the_docs_address_is_escaped()
    {
        var root = Path.Combine(Path.GetTempPath(), "diplomacydata-#b %x Ærø-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyCheckout(root);

            var site = Properties(Path.Combine(root, "src", "DiplomacyData", "DiplomacyData.csproj"))["DiplomacyDataDocs"];

            site.ShouldStartWith("file:///");
            site.ShouldContain("%23b%20%25x%20%C3%86r%C3%B8");
            new Uri(site).LocalPath.ShouldBe(Path.Combine(root, "artifacts", "docs", "site") + "/");
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

    /// <summary>A setting's value as written in Directory.Build.props (its first, unconditional element).</summary>
    private static string Setting(string name) =>
        XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants(name).First(e => e.Attribute("Condition") is null).Value.Trim();

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
        string[] names = ["DiplomacyDataDocs", "PackageProjectUrl", "RepositoryUrl", "RepositoryType"];
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
