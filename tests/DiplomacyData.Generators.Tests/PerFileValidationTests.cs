using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The rules on one record run file by file (the ValidatedFiles step): editing one file re-validates that file only,
/// and what they find is reported as before, once, in every file.
/// </summary>
public sealed class PerFileValidationTests
{
    private const string ExtraPath = "/repo/data/extra-topics.yaml";
    private const string ExtraYaml = "topics:\n  - id: syria\n    name: Syria\n";

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Editing_a_value_in_one_file_revalidates_that_file_only()
    {
        var texts = new MiniDataset().AndFile(ExtraPath, ExtraYaml).Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryText(ExtraPath, ExtraYaml.Replace("name: Syria", "name: Syrian Arab Republic", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == ExtraPath), edited).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ValidatedFiles).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged], ignoreOrder: true);
        Reasons(driver, TrackingNames.Validated).ShouldBe([IncrementalStepRunReason.Unchanged]);
    }

    [Fact]
    public void A_finding_in_an_edited_file_is_reported_once_and_goes_with_the_fix()
    {
        var texts = new MiniDataset().AndFile(ExtraPath, ExtraYaml).Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);
        var old = texts.Single(t => t.Path == ExtraPath);

        var broken = new InMemoryText(ExtraPath, ExtraYaml.Replace("id: syria", "id: Syria", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, broken).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ValidatedFiles).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        var diagnostics = driver.GetRunResult().Diagnostics;
        diagnostics.Where(d => d.Id == "DD0203").Select(d => d.Location.GetLineSpan().Path).ShouldBe([ExtraPath]);

        driver = driver.ReplaceAdditionalText(broken, new InMemoryText(ExtraPath, ExtraYaml)).RunGenerators(compilation);

        driver.GetRunResult().Diagnostics.Where(d => d.Id == "DD0203").ShouldBeEmpty();
    }
}
