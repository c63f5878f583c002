using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Tests;

/// <summary>How each pipeline step re-runs (by tracking name): the IDE re-runs the generator on every keystroke.</summary>
public class IncrementalityTests
{
    private const string ExtraPath = "/repo/data/extra-topics.yaml";
    private const string ExtraYaml = "topics:\n  - id: syria\n    name: Syria\n";

    /// <summary>Every tracking name, read from <see cref="TrackingNames"/>: a new step cannot go unasserted.</summary>
    private static readonly string[] s_steps = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private static (GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Texts) FirstRun()
    {
        var texts = new MiniDataset().AndFile(ExtraPath, ExtraYaml).Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Rerun_with_nothing_changed_caches_every_step()
    {
        var (driver, compilation, _) = FirstRun();

        driver = driver.RunGenerators(compilation.Clone());

        foreach (var step in s_steps)
        {
            Reasons(driver, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, step);
        }
    }

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_dataset_step_cached()
    {
        var (driver, compilation, _) = FirstRun();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere; public static class Unrelated { public static int Answer => 42; }")));

        foreach (var step in s_steps)
        {
            Reasons(driver, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, step);
        }
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_that_file_only()
    {
        var (driver, compilation, texts) = FirstRun();
        var old = texts.Single(t => t.Path == ExtraPath);

        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, ExtraYaml + "  - id: yemen\n    name: Yemen\n")).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ParsedYaml).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        Reasons(driver, TrackingNames.ArchivedTexts).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(driver, TrackingNames.Schema).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(driver, TrackingNames.Bound).ShouldBe([IncrementalStepRunReason.Modified]);
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Topics.g.cs").SourceText.ToString().ShouldContain("Yemen");
    }

    [Fact]
    public void Adding_an_id_rebuilds_the_id_table_and_rebinds_every_file()
    {
        var (driver, compilation, texts) = FirstRun();
        var old = texts.Single(t => t.Path == ExtraPath);

        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, ExtraYaml + "  - id: yemen\n    name: Yemen\n")).RunGenerators(compilation);

        // Another file may have referred to 'yemen' and failed: every file is bound again against the new table.
        Reasons(driver, TrackingNames.DeclaredIds).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        Reasons(driver, TrackingNames.IdTable).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(driver, TrackingNames.BoundFiles).ShouldNotContain(IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_a_value_in_one_yaml_file_rebinds_that_file_only()
    {
        var (driver, compilation, texts) = FirstRun();
        var old = texts.Single(t => t.Path == ExtraPath);

        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, ExtraYaml.Replace("name: Syria", "name: Syrian Arab Republic", StringComparison.Ordinal))).RunGenerators(compilation);

        Reasons(driver, TrackingNames.DeclaredIds).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged], ignoreOrder: true);
        Reasons(driver, TrackingNames.IdTable).ShouldBe([IncrementalStepRunReason.Cached]);
        Reasons(driver, TrackingNames.BoundFiles).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        Reasons(driver, TrackingNames.Bound).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(driver, TrackingNames.EmitModel).ShouldBe([IncrementalStepRunReason.Modified]);
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Topics.g.cs").SourceText.ToString().ShouldContain("Syrian Arab Republic");
    }

    [Fact]
    public void Comment_added_to_a_yaml_file_reparses_it_and_emits_the_same_code()
    {
        var (driver, compilation, texts) = FirstRun();
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        var old = texts.Single(t => t.Path == ExtraPath);

        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, "# a comment moves every line down\n" + ExtraYaml)).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ParsedYaml).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        // The ids moved a line but are the same: the table keeps no positions of ids declared once.
        Reasons(driver, TrackingNames.IdTable).ShouldBe([IncrementalStepRunReason.Unchanged]);
        Reasons(driver, TrackingNames.BoundFiles).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        // Only positions changed, and the generated code holds none: the emit model compares equal, so the
        // code is not written again.
        Reasons(driver, TrackingNames.EmitModel).ShouldBe([IncrementalStepRunReason.Unchanged]);
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ShouldBe(before);
    }
    [Fact]
    public void Every_tracking_name_is_a_step_of_the_pipeline()
    {
        var (driver, _, _) = FirstRun();

        s_steps.Except(driver.GetRunResult().Results.Single().TrackedSteps.Keys).ShouldBeEmpty();
        s_steps.ShouldContain(TrackingNames.ContentHash);
    }

    [Fact]
    public void Editing_the_changelog_reruns_the_release_check_only()
    {
        const string ChangelogPath = "/repo/data/CHANGELOG.md";
        var texts = new MiniDataset().AndFile(ChangelogPath, "# Changelog\n").Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);
        var old = texts.Single(t => t.Path == ChangelogPath);

        var release = "# Changelog\n\n## 1.0.0 - 2026-11-29\n\nContent hash: sha256:" + new string('0', 64) + "\n";
        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ChangelogPath, release)).RunGenerators(compilation);

        Reasons(driver, TrackingNames.Changelog).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(driver, TrackingNames.Release).ShouldBe([IncrementalStepRunReason.Modified]);
        foreach (var step in new[] { TrackingNames.Bound, TrackingNames.Validated, TrackingNames.EmitModel, TrackingNames.ContentHash, TrackingNames.IdCheck })
        {
            Reasons(driver, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        }
    }

    [Fact]
    public void A_comment_in_a_yaml_file_leaves_the_hash_and_the_id_check_unchanged()
    {
        var (driver, compilation, texts) = FirstRun();
        var old = texts.Single(t => t.Path == ExtraPath);

        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, "# a comment\n" + ExtraYaml)).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ContentHash).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(driver, TrackingNames.IdCheck).ShouldBe([IncrementalStepRunReason.Unchanged]);
    }
}
