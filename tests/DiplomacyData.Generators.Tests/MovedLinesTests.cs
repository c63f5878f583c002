using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The steps across files hold no positions: what they find is located in the bound files as it is reported. After an
/// edit that only moves lines (those steps stay cached), every diagnostic must stand where a cold build puts it.
/// </summary>
public class MovedLinesTests
{
    private static readonly string s_engagement = MiniDataset.Yaml[MiniDataset.Yaml.IndexOf("  - id: lavrov-araghchi-talks", StringComparison.Ordinal)..];

    /// <summary>Each dataset holds problems that a step across files finds, in the records after the edit.</summary>
    public static TheoryData<string, string> Problems => new()
    {
        // DD0309 (whole-dataset rule on the engagements' facts) and DD0319 (an item of a list).
        { "DD0309", MiniDataset.Yaml + s_engagement.Replace("talks-2025-04-18", "meeting-2025-04-18", StringComparison.Ordinal) },
        { "DD0319", MiniDataset.Yaml.Replace("    status: happened\n", "    status: happened\n    distinctFrom: [lavrov-araghchi-talk-2025-04-18]\n", StringComparison.Ordinal) },
        // DD0204 (the table of handles) and DD0201 (the first declaration of an id declared twice).
        { "DD0204", MiniDataset.Yaml.Replace("    name: Russia\n", "    name: Iran\n", StringComparison.Ordinal) },
        { "DD0201", MiniDataset.Yaml.Replace("  - id: RUS\n    name: Russia\n", "  - id: IRN\n    name: Russia\n", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Diagnostics_of_the_steps_across_files_follow_lines_that_moved(string id, string yaml)
    {
        var archive = (MiniDataset.ArchivePath, MiniDataset.Archive);
        var before = new InMemoryText(MiniDataset.DataPath, yaml);
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver([before, new InMemoryText(archive.ArchivePath, archive.Archive)]).RunGenerators(compilation);
        Located(driver.GetRunResult().Diagnostics).ShouldContain(d => d.StartsWith(id, StringComparison.Ordinal), "the dataset must hold the problem");

        // Two lines in front of everything: every record moves, no id or value changes.
        var moved = "# Reviewed.\n# Checked against the articles.\n" + yaml;
        driver = driver.ReplaceAdditionalText(before, new InMemoryText(MiniDataset.DataPath, moved)).RunGenerators(compilation);

        var cold = GeneratorHarness.Run([(MiniDataset.DataPath, moved), archive]);
        Located(driver.GetRunResult().Diagnostics).ShouldBe(Located(cold.GeneratorDiagnostics));
    }

    private static List<string> Located(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
