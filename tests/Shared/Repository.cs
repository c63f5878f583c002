using System;
using System.IO;

namespace DiplomacyData.Testing;

/// <summary>Finds files of this repository from a test's output folder (shared by the test projects).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiplomacyData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DiplomacyData.sln not found above " + AppContext.BaseDirectory);
    }
}
