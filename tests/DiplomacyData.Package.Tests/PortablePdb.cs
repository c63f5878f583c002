using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// What a debugger reads from an assembly's embedded portable PDB (System.Reflection.Metadata): the source
/// documents it names, which of them carry their text, and the Source Link JSON that maps the others to URLs.
/// </summary>
public sealed record PortablePdb(string? SourceLinkJson, IReadOnlyList<PortablePdb.Document> Documents)
{
    // Custom debug information kinds, from the Portable PDB specification.
    private static readonly Guid s_sourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid s_embeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public sealed record Document(string Path, bool HasEmbeddedSource);

    /// <summary>Reads the PDB embedded in <paramref name="assembly"/>; null when the assembly embeds none.</summary>
    public static PortablePdb? FromAssembly(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        if (embedded.Count == 0)
        {
            return null;
        }

        using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded.Single());
        var reader = provider.GetMetadataReader();

        string? sourceLink = null;
        foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == s_sourceLink)
            {
                sourceLink = Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        var documents = new List<Document>();
        foreach (var handle in reader.Documents)
        {
            var document = reader.GetDocument(handle);
            var embeddedSource = reader.GetCustomDebugInformation(handle)
                .Any(h => reader.GetGuid(reader.GetCustomDebugInformation(h).Kind) == s_embeddedSource);
            documents.Add(new Document(reader.GetString(document.Name), embeddedSource));
        }

        return new PortablePdb(sourceLink, documents);
    }
}
