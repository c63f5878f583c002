namespace DiplomacyData.Generators.Read;

/// <summary>
/// The archived text of a source article (<c>&lt;source-id&gt;.txt</c>). Read at build time to check
/// evidence quotes; never emitted.
/// </summary>
internal sealed record ArchivedText(string Path, string SourceId, string? Text)
{
    public static ArchivedText From(string path, string? text) =>
        new(path, System.IO.Path.GetFileNameWithoutExtension(path), text);
}
