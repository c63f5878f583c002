using System.IO;
using DiplomacyData.Generators.Read;

namespace DiplomacyData.Generators.Tests;

/// <summary>One data file of the repository, with its real path.</summary>
internal sealed record DataFile(string Path, string Text)
{
    public bool IsYaml => ReadStage.IsDatasetFile(Path);
}

internal static class FuzzData
{
    /// <summary>What the package project gives the generator: data/**/*.yaml, *.yml and *.txt, in ordinal order.</summary>
    public static List<DataFile> Load() =>
        Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories)
            .Where(path => ReadStage.IsDatasetFile(path) || ReadStage.IsArchivedText(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new DataFile(path, File.ReadAllText(path)))
            .ToList();
}
