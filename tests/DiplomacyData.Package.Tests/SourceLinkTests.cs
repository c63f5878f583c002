using System.IO;
using System.Text.Json;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// The assemblies in both packages carry their PDB; with the repository setting given, its Source Link JSON maps
/// every source file to the repository at the commit packed, so a debugger can step into the source.
/// </summary>
[Collection(PackagesCollection.Name)]
public class SourceLinkTests(PackedPackage packed, ClonedCheckouts clones)
{
    public static TheoryData<string, string> Assemblies => new()
    {
        { "library", "lib/net8.0/DiplomacyData.dll" },
        { "tool", "tools/net8.0/any/diplomacy.dll" },
        { "tool", "tools/net8.0/any/DiplomacyData.dll" },
    };

    private static Nupkg Of(string which, PackedPackage packed) => which == "library" ? packed.Library : packed.Tool;

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Without_a_repository_the_pdb_is_embedded_and_maps_no_source_to_an_address(string which, string assembly)
    {
        RepositorySettingTests.Configured.ShouldBeEmpty();
        var pdb = PortablePdb.FromAssembly(Of(which, packed).Read(assembly));

        pdb.ShouldNotBeNull($"{assembly} has no embedded PDB");
        pdb.Documents.ShouldNotBeEmpty();
        pdb.SourceLinkJson.ShouldBeNull("no repository is set, so no address may be named");
    }

    [Trait("Category", "Long")]
    [Theory]
    [MemberData(nameof(Assemblies))]
    public void With_a_repository_source_link_points_every_source_file_at_the_repository_at_the_packed_commit(string which, string assembly)
    {
        var checkout = clones.First;
        var package = which == "library" ? checkout.Library : checkout.Tool;
        var pdb = PortablePdb.FromAssembly(package.Read(assembly))!;

        pdb.SourceLinkJson.ShouldNotBeNull($"{assembly} has no Source Link");
        using var json = JsonDocument.Parse(pdb.SourceLinkJson);
        var map = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        // The code host's raw-file address of the repository named by the setting, at the commit the package names.
        var expected = $"https://raw.githubusercontent.com/example-owner/engagements/{checkout.Commit}/*";
        map.Values.ToList().ShouldBe([expected], pdb.SourceLinkJson);
        var root = map.Keys.Single();
        root.ShouldBe("/_/*", "a CI build roots the paths at /_/, whatever folder the clone is in");

        var tracked = ClonedCheckouts.Git(checkout.Root, "ls-files").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var linked = 0;
        foreach (var document in pdb.Documents)
        {
            if (document.HasEmbeddedSource)
            {
                continue; // generated code: its text is in the PDB itself
            }

            document.Path.ShouldStartWith(root.TrimEnd('*'), Case.Sensitive, $"{document.Path} is outside the repository, so Source Link cannot fetch it");
            var relative = document.Path[(root.Length - 1)..];
            tracked.ShouldContain(relative, $"{document.Path} would be fetched from {expected.Replace("*", relative, StringComparison.Ordinal)}, which the commit does not hold");
            linked++;
        }

        linked.ShouldBeGreaterThan(0);
        pdb.Documents.ShouldContain(d => d.Path.EndsWith(which == "library" || assembly.EndsWith("DiplomacyData.dll", StringComparison.Ordinal) ? "/src/DiplomacyData/Catalog.cs" : "/src/DiplomacyData.Cli/Program.cs", StringComparison.Ordinal) && !d.HasEmbeddedSource);
    }

    [Trait("Category", "Long")]
    [Fact]
    public void Two_clones_of_one_commit_pack_byte_identical_packages()
    {
        File.ReadAllBytes(clones.First.Library.Path).ShouldBe(File.ReadAllBytes(clones.Second.Library.Path), "the library's packages differ");
        File.ReadAllBytes(clones.First.Tool.Path).ShouldBe(File.ReadAllBytes(clones.Second.Tool.Path), "the tool's packages differ");
        Path.GetFileName(clones.First.Library.Path).ShouldBe(Path.GetFileName(clones.Second.Library.Path));

        // Nothing of the folder a clone was built in leaks into what it packs.
        var pdb = PortablePdb.FromAssembly(clones.First.Library.Read("lib/net8.0/DiplomacyData.dll"))!;
        pdb.Documents.ShouldAllBe(d => !d.Path.Contains(clones.First.Root, StringComparison.Ordinal));
    }
}
