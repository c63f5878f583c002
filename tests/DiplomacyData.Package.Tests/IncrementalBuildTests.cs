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

    [Fact]
    public void Deleting_a_source_removes_its_engagements_on_a_plain_build()
    {
        var before = BuildAndCount();
        var removed = EngagementsIn(Path.Combine(Data, "sources", "kuna-2025-04-18.yaml"));
        removed.ShouldBeGreaterThan(0);

        File.Delete(Path.Combine(Data, "sources", "kuna-2025-04-18.yaml"));
        File.Delete(Path.Combine(Data, "sources", "kuna-2025-04-18.txt"));

        BuildAndCount().ShouldBe(before - removed);
    }

    [Fact]
    public void Renaming_a_source_out_of_the_dataset_and_back_follows_each_time()
    {
        var before = BuildAndCount();
        var yaml = Path.Combine(Data, "sources", "mehr-2024-07-17.yaml");
        var moved = EngagementsIn(yaml);

        // A rename keeps the file's time: coming back, the file is older than the last build's output.
        File.Move(yaml, yaml + ".off");
        BuildAndCount().ShouldBe(before - moved);

        File.Move(yaml + ".off", yaml);
        BuildAndCount().ShouldBe(before);
    }

    [Fact]
    public void Moving_a_file_between_folders_recompiles_and_reports_it_at_its_new_path()
    {
        // An engagement-less copy of the data makes people.yaml report unreferenced people (DD0207, a
        // warning here): the diagnostics show where the compiler read the file from.
        foreach (var source in Directory.GetFiles(Path.Combine(Data, "sources")))
        {
            File.Delete(source);
        }

        Build().ShouldContain(Path.Combine(Data, "people.yaml") + "(");

        Directory.CreateDirectory(Path.Combine(Data, "shared"));
        File.Move(Path.Combine(Data, "people.yaml"), Path.Combine(Data, "shared", "people.yaml"));

        var output = Build();
        output.ShouldContain(Path.Combine(Data, "shared", "people.yaml") + "(", customMessage: "the compiler did not run again after the move");
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
