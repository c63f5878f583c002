using System.IO;
using DiplomacyData.Cli.Export;

namespace DiplomacyData.Cli.Report.Html;

/// <summary>Writes the report's files under a folder, creating subfolders as needed and replacing files of the same name.</summary>
internal sealed class FolderOutput : ISiteOutput
{
    private readonly string _root;

    public FolderOutput(string root) => _root = root;

    public TextWriter Create(string path) =>
        ExportText.CreateText(Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar)));
}
