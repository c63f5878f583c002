using System.IO;
using System.Text.RegularExpressions;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// What a package page shows for both packages: a README written for it, whose links all open (absolute, into
/// the configured repository, or none when no repository is set), and release notes that are the changelog's
/// entry for the version packed.
/// </summary>
[Collection(PackagesCollection.Name)]
public partial class PackageDescriptionTests(PackedPackage packed, ClonedCheckouts clones)
{
    public static TheoryData<string> Packages => ["library", "tool"];

    private Nupkg Unpublished(string which) => which == "library" ? packed.Library : packed.Tool;

    private Nupkg Published(string which) => which == "library" ? clones.First.Library : clones.First.Tool;

    [Theory]
    [MemberData(nameof(Packages))]
    public void Without_a_repository_the_readme_has_no_link_that_would_not_open(string which)
    {
        RepositorySettingTests.Configured.ShouldBeEmpty();
        var readme = Unpublished(which).ReadText("README.md");

        PackageReadme.Links(readme).ShouldAllBe(l => l.StartsWith("https://", StringComparison.Ordinal), "a relative link opens nothing on a package page");
        readme.ShouldNotContain("repo:");
        readme.ShouldNotContain("{{");
        readme.ShouldNotContain("](#", customMessage: "no anchor into the repository's README");
    }

    [Trait("Category", "Long")]
    [Theory]
    [MemberData(nameof(Packages))]
    public void With_a_repository_every_readme_link_into_it_opens_a_file_and_heading_that_exist(string which)
    {
        var readme = Published(which).ReadText("README.md");
        var links = PackageReadme.Links(readme);
        var prefix = ClonedCheckouts.RepositoryUrl + "/blob/HEAD/";

        links.ShouldAllBe(l => l.StartsWith("https://", StringComparison.Ordinal));
        var intoRepository = links.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        intoRepository.Count.ShouldBeGreaterThanOrEqualTo(3, string.Join("\n", links));
        foreach (var link in intoRepository)
        {
            var target = link[prefix.Length..].Split('#');
            var file = Path.Combine(clones.First.Root, target[0]);
            File.Exists(file).ShouldBeTrue($"{link}: no {target[0]} in the repository");
            if (target.Length > 1)
            {
                PackageReadme.Anchors(File.ReadAllText(file)).ShouldContain(target[1], $"{link}: no such heading in {target[0]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Readme_names_the_data_version_and_holds_its_changelog_entry(string which)
    {
        var package = Unpublished(which);
        var (metadata, ns) = package.Metadata();
        var version = metadata.Element(ns + "version")!.Value;
        var readme = package.ReadText("README.md");

        readme.ShouldContain($"## Data version {version}\n");
        readme.ShouldContain(metadata.Element(ns + "releaseNotes")!.Value);
    }

    [Fact]
    public void Library_readme_quick_start_is_the_quick_start_program_the_tests_run()
    {
        var program = File.ReadAllText(Repository.PathOf("src", "DiplomacyData.QuickStart", "Program.cs")).Replace("\r", string.Empty, StringComparison.Ordinal).Trim();

        packed.Library.ReadText("README.md").ShouldContain("```csharp\n" + program + "\n```");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Release_notes_are_the_changelog_entry_of_the_version_packed(string which)
    {
        var (metadata, ns) = Unpublished(which).Metadata();
        var version = metadata.Element(ns + "version")!.Value;
        var notes = metadata.Element(ns + "releaseNotes")!.Value;

        var entry = DataChangelog.Entry(version);
        if (entry is null)
        {
            // Data that no release records yet: the notes say so, then give the newest release's entry.
            notes.ShouldStartWith($"Version {version} holds data that no release of the changelog records yet");
            entry = DataChangelog.Entry(DataChangelog.NewestVersion())!;
        }

        // The heading as a line of text; links as their text, since no repository is set.
        var expected = "Release " + entry["## ".Length..];
        notes.ShouldEndWith(MarkdownLink().Replace(expected, "$1"));
        notes.ShouldContain(Regex.Match(entry, "Content hash: `sha256:[0-9a-f]{64}`").Value);
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
