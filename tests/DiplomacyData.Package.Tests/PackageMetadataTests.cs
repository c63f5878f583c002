using System.Buffers.Binary;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// Both packages' metadata, complete as a package page and an auditor need it; the repository's address and
/// commit exactly when the repository setting names one; and nothing used only to build them (analyzers, the
/// generator, Source Link) among their dependencies or files.
/// </summary>
[Collection(PackagesCollection.Name)]
public class PackageMetadataTests(PackedPackage packed, ClonedCheckouts clones)
{
    public static TheoryData<string, string> Packages => new() { { "library", "DiplomacyData" }, { "tool", "DiplomacyData.Cli" } };

    private Nupkg Unpublished(string which) => which == "library" ? packed.Library : packed.Tool;

    private Nupkg Published(string which) => which == "library" ? clones.First.Library : clones.First.Tool;

    [Theory]
    [MemberData(nameof(Packages))]
    public void Metadata_is_complete(string which, string id)
    {
        var package = Unpublished(which);
        var (metadata, ns) = package.Metadata();
        string? Value(string name) => metadata.Element(ns + name)?.Value;

        Value("id").ShouldBe(id);
        Value("version")!.ShouldMatch(@"^\d+\.\d+\.\d+(-dev\.[0-9a-f]{12})?$");
        Value("description")!.Length.ShouldBeGreaterThan(100);
        Value("authors").ShouldBe(XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("Authors").Single().Value);
        metadata.Element(ns + "license")!.Attribute("type")!.Value.ShouldBe("expression");
        Value("license").ShouldBe("MIT");
        Value("tags")!.Split(' ').ShouldContain("diplomacy");
        Value("tags")!.Split(' ').ShouldContain("dataset");
        Value("readme").ShouldBe("README.md");
        package.Entries().ShouldContain("README.md");
        Value("releaseNotes").ShouldNotBeNullOrWhiteSpace();
        Value("icon").ShouldBe("icon.png");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Icon_is_a_small_square_png(string which, string id)
    {
        var icon = Unpublished(which).Read("icon.png");

        icon[..8].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, $"{id}: icon.png is not a PNG");
        var width = BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20, 4));
        width.ShouldBe(height);
        width.ShouldBeInRange(64, 1024); // what package pages display well
        icon.Length.ShouldBeLessThan(1024 * 1024); // the gallery's limit
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Without_a_repository_the_package_names_none(string which, string id)
    {
        RepositorySettingTests.Configured.ShouldBeEmpty();
        var (metadata, ns) = Unpublished(which).Metadata();

        metadata.Element(ns + "repository").ShouldBeNull($"{id}: no repository is set, so none may be named, not even from git's origin remote");
        metadata.Element(ns + "projectUrl").ShouldBeNull();
    }

    [Trait("Category", "Long")]
    [Theory]
    [MemberData(nameof(Packages))]
    public void With_a_repository_the_package_names_it_and_the_commit_it_was_packed_from(string which, string id)
    {
        var (metadata, ns) = Published(which).Metadata();
        var repository = metadata.Element(ns + "repository")!;

        repository.Attribute("type")!.Value.ShouldBe("git", id);
        repository.Attribute("url")!.Value.ShouldBe(ClonedCheckouts.RepositoryUrl);
        repository.Attribute("commit")!.Value.ShouldBe(clones.First.Commit);
        metadata.Element(ns + "projectUrl")!.Value.ShouldBe(ClonedCheckouts.RepositoryUrl);
    }

    [Trait("Category", "Long")]
    [Theory]
    [MemberData(nameof(Packages))]
    public void No_build_time_dependency_reaches_consumers(string which, string id)
    {
        foreach (var package in new[] { Unpublished(which), Published(which) })
        {
            var (metadata, ns) = package.Metadata();
            var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
            dependencies.ShouldBeEmpty($"{id}: the library has no dependency, and a tool's dependencies are inside it");
            package.Entries().ShouldNotContain(e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build/", StringComparison.Ordinal) || e.StartsWith("buildTransitive/", StringComparison.Ordinal));
            string[] buildOnly = ["Meziantou", "SourceLink", "Microsoft.Build", "DiplomacyData.Generators", "YamlDotNet", "Microsoft.CodeAnalysis"];
            package.Entries().ShouldNotContain(e => buildOnly.Any(b => e.Contains(b, StringComparison.OrdinalIgnoreCase)), $"{id} ships a build-time assembly");
        }
    }
}
