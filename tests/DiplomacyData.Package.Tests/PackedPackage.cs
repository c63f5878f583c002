using System.IO;
using System.IO.Compression;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// Packs src/DiplomacyData once per test run, with a version of its own (so that no cached package of
/// the same version can stand in for it), into a fresh local folder feed.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Directory.CreateDirectory(Work);
        Directory.CreateDirectory(Feed);
        DotNet.Run(Repository.Root, null,
            "pack", Repository.PathOf("src", "DiplomacyData", "DiplomacyData.csproj"),
            "--configuration", "Release", "--output", Feed, "--disable-build-servers",
            $"-p:Version={Version}");
        NupkgPath = Path.Combine(Feed, $"DiplomacyData.{Version}.nupkg");
        File.Exists(NupkgPath).ShouldBeTrue($"expected {NupkgPath}; the feed has {string.Join(", ", Directory.GetFiles(Feed))}");
    }

    public string Version { get; } = "0.0.1-packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

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
