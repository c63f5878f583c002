using System.IO;
using DiplomacyData.Cli;

namespace DiplomacyData.Cli.Tests;

/// <summary>One <c>diplomacy export --format all</c> into a temp folder, shared by the tests that read it back.</summary>
public sealed class ExportFixture : IDisposable
{
    private readonly TempDirectory _directory = new("diplomacy-export-test");

    public ExportFixture()
    {
        Result = CliRun.Run("export", "--format", "all", "--output", _directory.Path);
        Result.ExitCode.ShouldBe(ExitCodes.Success, Result.ToString());
    }

    internal CliResult Result { get; }

    public string Root => _directory.Path;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose() => _directory.Dispose();
}
