using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DiplomacyData.Tests;

/// <summary>The data's identity as a consumer sees it at run time, against data/CHANGELOG.md as a curator wrote it.</summary>
public partial class DataVersionTests
{
    [Fact]
    public void Data_version_is_the_newest_release_when_its_hash_matches_and_a_prerelease_naming_the_hash_otherwise()
    {
        var newest = NewestRelease().Match(File.ReadAllText(Repository.PathOf("data", "CHANGELOG.md")));
        newest.Success.ShouldBeTrue("data/CHANGELOG.md has a release");
        var (version, recorded) = (newest.Groups["version"].Value, newest.Groups["hash"].Value);

        Catalog.ContentHash.ShouldMatch("^sha256:[0-9a-f]{64}$");
        if (Catalog.ContentHash == recorded)
        {
            Catalog.DataVersion.ShouldBe(version);
        }
        else
        {
            var parts = version.Split('.').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Catalog.DataVersion.ShouldBe($"{parts[0]}.{parts[1]}.{parts[2] + 1}-dev.{Catalog.ContentHash.Substring("sha256:".Length, 12)}");
        }
    }

    [Fact]
    public void Package_version_is_the_data_version_and_the_assemblys_informational_version()
    {
        Catalog.Version.ShouldBe(Catalog.DataVersion);
        typeof(Catalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.ShouldBe(Catalog.Version);
    }

    [GeneratedRegex(@"^## (?<version>\d+\.\d+\.\d+) - \d{4}-\d{2}-\d{2}\s*$\s*^Content hash: `?(?<hash>sha256:[0-9a-f]{64})`?", RegexOptions.Multiline)]
    private static partial Regex NewestRelease();
}
