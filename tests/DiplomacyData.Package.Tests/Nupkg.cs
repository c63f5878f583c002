using System.IO;
using System.IO.Compression;
using System.Xml.Linq;

namespace DiplomacyData.Package.Tests;

/// <summary>A packed .nupkg read as NuGet reads it: a zip with a .nuspec and the packed files.</summary>
public sealed class Nupkg(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<string> Entries()
    {
        using var archive = ZipFile.OpenRead(Path);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public byte[] Read(string entry)
    {
        using var archive = ZipFile.OpenRead(Path);
        var found = archive.GetEntry(entry);
        found.ShouldNotBeNull($"{Path} has no entry {entry}; it has {string.Join(", ", archive.Entries.Select(e => e.FullName))}");
        using var stream = found.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string ReadText(string entry) => new StreamReader(new MemoryStream(Read(entry))).ReadToEnd();

    /// <summary>The nuspec's metadata element, and its namespace for reading the elements below it.</summary>
    public (XElement Metadata, XNamespace Ns) Metadata()
    {
        var nuspec = XDocument.Parse(ReadText(Entries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal) && !e.Contains('/'))));
        var ns = nuspec.Root!.Name.Namespace;
        return (nuspec.Root.Element(ns + "metadata")!, ns);
    }
}
