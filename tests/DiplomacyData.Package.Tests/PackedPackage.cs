using System.IO;
using System.IO.Compression;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// Packs src/DiplomacyData once per test run as a user would, with no version given (so with the data's
/// version), into a fresh local folder feed; consumers restore it with an empty package cache, so no cached
/// package of the same version can stand in for it. The tool is packed too, into a folder of its own, so that
/// both packages' metadata can be checked as this checkout's setting (no repository, so far) makes them.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Directory.CreateDirectory(Work);
        Directory.CreateDirectory(Feed);
        DotNet.Run(Repository.Root, null,
            "pack", Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj"),
            "--configuration", "Release", "--output", Feed, "--disable-build-servers");
        var packed = Directory.GetFiles(Feed, "DiplomacyData.*.nupkg");
        packed.Length.ShouldBe(1, $"the feed has {string.Join(", ", Directory.GetFiles(Feed))}");
        NupkgPath = packed[0];
        Version = Path.GetFileNameWithoutExtension(NupkgPath).Substring("DiplomacyData.".Length);

        DotNet.Run(Repository.Root, null,
            "pack", Repository.PathOf("src", "DiplomacyData.Cli", "DiplomacyData.Cli.csproj"),
            "--configuration", "Release", "--output", Path.Combine(Work, "tool"), "--disable-build-servers");
        Tool = new Nupkg(Directory.GetFiles(Path.Combine(Work, "tool"), "DiplomacyData.Cli.*.nupkg").Single());
    }

    /// <summary>The library's package.</summary>
    public Nupkg Library => new(NupkgPath);

    /// <summary>The tool's package, packed from the same build.</summary>
    public Nupkg Tool { get; }

    /// <summary>The version the package was packed as: its data's, which the tests compare with data/CHANGELOG.md.</summary>
    public string Version { get; }

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "diplomacydata-packtest-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Work, "feed");

    public string NupkgPath { get; }

    public IReadOnlyList<string> Entries()
    {
        using var archive = ZipFile.OpenRead(NupkgPath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public XDocument Nuspec()
    {
        using var archive = ZipFile.OpenRead(NupkgPath);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the next run uses a new one.
        }
    }
}
