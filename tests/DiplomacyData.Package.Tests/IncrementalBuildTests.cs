using System.IO;
using System.Text.RegularExpressions;

namespace DiplomacyData.Package.Tests;

/// <summary>
/// A curator's plain incremental build after changing which files the dataset has: deleting, renaming or moving
/// a file changes no timestamp that the compiler's up-to-date check looks at, yet the catalogue must follow.
/// Real builds of the quick start against a copy of data/, each step built without any extra flag.
/// </summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "diplomacydata-incremental-" + Guid.NewGuid().ToString("N"));

    public IncrementalBuildTests()
    {
        // The YAML and archived texts only: without a changelog the copy is an unreleased dataset, whose
        // changes are not release-checked (that is ReleaseTests' subject).
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var target = Path.Combine(Data, Path.GetRelativePath(Repository.PathOf("data"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Data => Path.Combine(_work, "data");

    /// <summary>
    /// One checkout through every change a curator makes to the set of files, each followed by the same plain build
    /// (one cold build, then incremental ones, as on a curator's machine): renaming a source out of the dataset and
    /// back, deleting one, and moving a shared file into another folder.
    /// </summary>
    [Fact]
    [Trait("Category", "Long")]
    public void Plain_builds_follow_renaming_deleting_and_moving_data_files()
    {
        var before = BuildAndCount();

        // A rename keeps the file's time: coming back, the file is older than the last build's output.
        var yaml = Path.Combine(Data, "sources", "mehr-2024-07-17.yaml");
        var moved = EngagementsIn(yaml);
        moved.ShouldBeGreaterThan(0);
        File.Move(yaml, yaml + ".off");
        BuildAndCount().ShouldBe(before - moved, "renamed out of the dataset");
        File.Move(yaml + ".off", yaml);
        BuildAndCount().ShouldBe(before, "renamed back");

        var removed = EngagementsIn(Path.Combine(Data, "sources", "kuna-2025-04-18.yaml"));
        removed.ShouldBeGreaterThan(0);
        File.Delete(Path.Combine(Data, "sources", "kuna-2025-04-18.yaml"));
        File.Delete(Path.Combine(Data, "sources", "kuna-2025-04-18.txt"));
        BuildAndCount().ShouldBe(before - removed, "deleted");

        // Without engagements, people.yaml reports unreferenced people (DD0207, a warning here): the diagnostics
        // show where the compiler read the file from.
        foreach (var source in Directory.GetFiles(Path.Combine(Data, "sources")))
        {
            File.Delete(source);
        }

        Build().ShouldContain(Path.Combine(Data, "people.yaml") + "(");
        Directory.CreateDirectory(Path.Combine(Data, "shared"));
        File.Move(Path.Combine(Data, "people.yaml"), Path.Combine(Data, "shared", "people.yaml"));
        Build().ShouldContain(Path.Combine(Data, "shared", "people.yaml") + "(", customMessage: "the compiler did not run again after the move");
    }

    private int BuildAndCount()
    {
        Build();
        var quickStart = Path.Combine(_work, "artifacts", "bin", "DiplomacyData.QuickStart", "debug", "DiplomacyData.QuickStart.dll");
        var output = DotNet.Run(_work, null, quickStart);
        var match = EngagementCount().Match(output);
        match.Success.ShouldBeTrue(output);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The same command every time: no --no-incremental, no property that differs between builds. Warnings stay
    /// warnings, because removing records leaves others unreferenced (DD0207) and that is not the subject here.
    /// </summary>
    private string Build() => DotNet.Run(_work, null,
        "build", Repository.PathOf("src", "DiplomacyData.QuickStart", "DiplomacyData.QuickStart.csproj"),
        "--artifacts-path", Path.Combine(_work, "artifacts"), "--disable-build-servers", "-nodeReuse:false",
        $"-p:DiplomacyDataDirectory={Data}", "-p:TreatWarningsAsErrors=false");

    /// <summary>The engagements a source file lists: its items under <c>engagements:</c>.</summary>
    private static int EngagementsIn(string yaml) =>
        File.ReadLines(yaml).SkipWhile(line => line != "engagements:").Count(line => line.StartsWith("  - id: ", StringComparison.Ordinal));

    [GeneratedRegex(@"DiplomacyData \S+: (\d+) engagements")]
    private static partial Regex EngagementCount();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the next run uses a new one.
        }
    }
}
