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
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static string Topics(GeneratorDriver driver) => string.Concat(
        driver.GetRunResult().Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("Topics.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    /// <summary>The dataset of <see cref="Scenario"/>: the mini dataset and a file of two topics, which the edits change.</summary>
    private const string TwoTopics = "topics:\n  - id: syria\n    name: Syria\n  - id: yemen\n    name: Yemen\n";

    private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
    private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
    private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;
    private const IncrementalStepRunReason Removed = IncrementalStepRunReason.Removed;

    /// <summary>The steps that read the model records and the release files: none of the data edits below touches them.</summary>
    private static readonly Dictionary<string, Expected> s_untouchedByData = new()
    {
        [TrackingNames.ArchivedTexts] = Expected.All(Cached),
        [TrackingNames.ArchiveIndex] = Expected.Exactly(Cached),
        [TrackingNames.EntityTypes] = Expected.All(Cached),
        [TrackingNames.ValueTypes] = Expected.All(Cached),
        [TrackingNames.Schema] = Expected.Exactly(Cached),
        [TrackingNames.Version] = Expected.Exactly(Cached),
        [TrackingNames.HelpPage] = Expected.Exactly(Cached),
        [TrackingNames.Changelog] = Expected.Exactly(Cached),
        [TrackingNames.ShippedIds] = Expected.Exactly(Cached),
        [TrackingNames.RetiredIds] = Expected.Exactly(Cached),
    };

    public static TheoryData<string> Scenarios => new() { "nothing changed", "unrelated C# edit", "one value edited", "value made longer", "engagement value edited", "lines moved", "reference removed", "id added", "id removed", "file deleted" };

    /// <summary>
    /// The run reason of every step (every name in <see cref="TrackingNames"/>, read by reflection) after each kind of
    /// edit; a step added to the pipeline fails here until its expected reasons are written down.
    /// </summary>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_step_runs_as_expected_for_each_kind_of_edit(string scenario)
    {
        var expected = ExpectedReasons(scenario);
        var driver = Scenario(scenario);

        expected.Keys.ShouldBe(s_steps, ignoreOrder: true);
        foreach (var step in s_steps)
        {
            expected[step].Check(Reasons(driver, step).ToList(), step);
        }
    }

    private static Dictionary<string, Expected> ExpectedReasons(string scenario)
    {
        switch (scenario)
        {
            case "nothing changed":
            case "unrelated C# edit":
                // Everything is cached; the attribute lookups run again over the new compilation and find the same types.
                var cached = s_steps.ToDictionary(step => step, _ => Expected.All(Cached));
                cached[TrackingNames.EntityTypes] = Expected.All(Unchanged);
                cached[TrackingNames.ValueTypes] = Expected.All(Unchanged);
                return cached;
            case "one value edited":
            case "value made longer":
                // A topic is a record others refer to: the index of such records changes, and the rules across
                // records run again over every file, finding the same; made longer, it moves the topic after it, and
                // the warning that nothing refers to that topic moves with it. Nothing else changes: the ids, the
                // handles and the catalogue order hold no positions.
                return ValueEdited(new()
                {
                    [TrackingNames.ReferableRecords] = Expected.Exactly(Cached, Modified),
                    [TrackingNames.ReferenceIndex] = Expected.Exactly(Modified),
                    [TrackingNames.CrossCheckedFiles] = Expected.All(Unchanged),
                    [TrackingNames.Validated] = Expected.Exactly(scenario == "one value edited" ? Unchanged : Modified),
                    [TrackingNames.InvalidRecords] = Expected.Exactly(scenario == "one value edited" ? Cached : Unchanged),
                });
            case "engagement value edited":
                // The shape of a large dataset: most records are engagements, which no record refers to. Editing
                // one leaves the index of referable records, the rules across records of every other file and the
                // whole-dataset rules cached: they work from per-file facts that the edit leaves equal.
                return ValueEdited(new()
                {
                    [TrackingNames.ReferableRecords] = Expected.Exactly(Cached, Unchanged),
                    [TrackingNames.ReferenceIndex] = Expected.Exactly(Cached),
                    [TrackingNames.CrossCheckedFiles] = Expected.Exactly(Cached, Unchanged),
                    [TrackingNames.Validated] = Expected.Exactly(Cached),
                });
            case "lines moved":
                // A comment line before the engagement moves every line of it: like an edit of its value, but no value
                // changes, so the kept records compare equal by content (nothing made from them holds a position) and
                // nothing is encoded again; its file's digests hold no positions either, so the content hash stays cached.
                return With(ExpectedReasons("engagement value edited"), new()
                {
                    [TrackingNames.Kept] = Expected.Exactly(Unchanged),
                    [TrackingNames.ChunkInputs] = Expected.All(Cached),
                    [TrackingNames.EmitChunks] = Expected.All(Cached),
                    [TrackingNames.RecordDigests] = Expected.Exactly(Cached, Unchanged),
                    [TrackingNames.ContentHash] = Expected.Exactly(Cached),
                    [TrackingNames.Release] = Expected.Exactly(Cached),
                });
            case "reference removed":
                // The engagement no longer cites CAMEO code 043 (a codebook, which ships whole): the records still
                // kept, their order and the chunks' plan stay cached, and only the engagement's chunk is encoded again.
                // A codebook's record is never reported as unreferenced, so the file's references leave it out: the
                // file's findings come out the same, and the whole-dataset rules stay cached.
                return With(ValueEdited(new()
                {
                    [TrackingNames.ReferableRecords] = Expected.Exactly(Cached, Unchanged),
                    [TrackingNames.ReferenceIndex] = Expected.Exactly(Cached),
                    [TrackingNames.CrossCheckedFiles] = Expected.Exactly(Cached, Unchanged),
                    [TrackingNames.Validated] = Expected.Exactly(Cached),
                }), new()
                {
                    [TrackingNames.FileFacts] = Expected.All(Cached),
                    [TrackingNames.FileReferences] = Expected.All(Cached),
                    [TrackingNames.ReferencedRecords] = Expected.Exactly(Cached),
                    [TrackingNames.InvalidRecords] = Expected.Exactly(Cached),
                    [TrackingNames.RecordReferences] = Expected.Exactly(Cached, Modified),
                    [TrackingNames.DroppedRecords] = Expected.Exactly(Unchanged),
                });
            case "id added":
                // 'gaza' sorts first: the topics after it move up one index, so the chunk of the engagement that
                // refers to 'jcpoa' encodes differently too; the other kinds' chunks come out the same.
                return IdsChanged(Modified, Expected.OneAnd(Modified, Unchanged), Expected.SomeAnd(2, Modified, Unchanged));
            case "id removed":
                // 'yemen' sorts last: the topics' chunk only; the indexes the other kinds' chunks refer to stay the same.
                return IdsChanged(Modified, Expected.OneAnd(Modified, Unchanged), Expected.OneAnd(Modified, Unchanged));
            case "file deleted":
                // Both topics of the file go, and both sort after the one left: the topics' chunk only.
                return IdsChanged(Removed, Expected.OneAnd(Modified, Unchanged), Expected.OneAnd(Modified, Unchanged));
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }

    /// <summary>
    /// A value edited in one file, no id or position moved: the id table is cached and only the edited file is bound
    /// again; <paramref name="acrossRecords"/> says how the rules across records ran, which depends on whether the
    /// edited record is one that others refer to.
    /// </summary>
    private static Dictionary<string, Expected> ValueEdited(Dictionary<string, Expected> acrossRecords) => With(With(s_untouchedByData, new()
    {
        [TrackingNames.ParsedYaml] = Expected.Exactly(Cached, Modified),
        [TrackingNames.DeclaredIds] = Expected.Exactly(Cached, Unchanged),
        [TrackingNames.IdTable] = Expected.Exactly(Cached),
        // Every parsed file is read for the ids declared twice; there are none, so nothing is bound again for it.
        [TrackingNames.FirstDeclarations] = Expected.Exactly(Unchanged),
        [TrackingNames.BoundFiles] = Expected.Exactly(Cached, Modified),
        [TrackingNames.FileFacts] = Expected.All(Cached),
        [TrackingNames.FileReferences] = Expected.All(Cached),
        [TrackingNames.ReferencedRecords] = Expected.Exactly(Cached),
        // The edited file is validated again; its findings (none) are the same.
        [TrackingNames.ValidatedFiles] = Expected.Exactly(Cached, Unchanged),
        [TrackingNames.InvalidRecords] = Expected.Exactly(Cached),
        // No name, id or position of a record changes: the typed handles, and the release check that reads them, stay cached.
        [TrackingNames.FileHandles] = Expected.Exactly(Cached, Unchanged),
        [TrackingNames.HandleTable] = Expected.Exactly(Cached),
        // No id, date or reference changes: the catalogue order, and the emit index and chunk plan made from it, stay cached.
        [TrackingNames.FileOrders] = Expected.Exactly(Cached, Unchanged),
        [TrackingNames.RecordReferences] = Expected.Exactly(Cached, Unchanged),
        [TrackingNames.DroppedRecords] = Expected.Exactly(Cached),
        [TrackingNames.CatalogOrder] = Expected.Exactly(Cached),
        [TrackingNames.Kept] = Expected.Exactly(Modified),
        [TrackingNames.ChunkPlan] = Expected.Exactly(Cached),
        [TrackingNames.ReferenceTargets] = Expected.Exactly(Cached),
        // The files that hold no values are not emitted again, and of the records only the chunk that holds the
        // edited one is encoded and emitted again.
        [TrackingNames.EmitIndex] = Expected.Exactly(Cached),
        [TrackingNames.ChunkInputs] = Expected.OneAnd(Modified, Unchanged),
        [TrackingNames.EmitChunks] = Expected.OneAnd(Modified, Cached),
        [TrackingNames.RecordDigests] = Expected.Exactly(Cached, Modified),
        [TrackingNames.ContentHash] = Expected.Exactly(Modified),
        [TrackingNames.Release] = Expected.Exactly(Modified),
        [TrackingNames.RetiredHandles] = Expected.Exactly(Cached),
        [TrackingNames.IdCheck] = Expected.Exactly(Cached),
    }), acrossRecords);

    /// <summary>
    /// The extra file's ids changed (<paramref name="file"/> Modified) or the file went (Removed): any file may refer
    /// to an id, so every file is bound again against the new table (the other file's result is equal), and the
    /// tables built from ids run again; <paramref name="chunkInputs"/> and <paramref name="emitChunks"/> say which
    /// chunks the moved indexes reach.
    /// </summary>
    private static Dictionary<string, Expected> IdsChanged(IncrementalStepRunReason file, Expected chunkInputs, Expected emitChunks) => With(s_untouchedByData, new()
    {
        [TrackingNames.ParsedYaml] = Expected.Exactly(Cached, file),
        [TrackingNames.DeclaredIds] = Expected.Exactly(Cached, file),
        [TrackingNames.IdTable] = Expected.Exactly(Modified),
        [TrackingNames.FirstDeclarations] = Expected.Exactly(Modified),
        [TrackingNames.BoundFiles] = Expected.Exactly(Unchanged, file),
        [TrackingNames.FileFacts] = file == Removed ? Expected.Exactly(Cached, Removed) : Expected.All(Cached),
        [TrackingNames.FileReferences] = file == Removed ? Expected.Exactly(Cached, Removed) : Expected.All(Cached),
        // The topics file refers to nothing: every record referred to before still is.
        [TrackingNames.ReferencedRecords] = Expected.Exactly(file == Removed ? Unchanged : Cached),
        // Only the file whose bound records changed is validated again.
        [TrackingNames.ValidatedFiles] = Expected.Exactly(Cached, file == Removed ? Removed : Unchanged),
        [TrackingNames.ReferableRecords] = Expected.Exactly(Cached, file),
        [TrackingNames.ReferenceIndex] = Expected.Exactly(Modified),
        [TrackingNames.CrossCheckedFiles] = file == Removed ? Expected.Exactly(Unchanged, Removed) : Expected.All(Unchanged),
        [TrackingNames.Validated] = Expected.Exactly(Modified),
        [TrackingNames.InvalidRecords] = Expected.Exactly(Unchanged),
        [TrackingNames.FileHandles] = Expected.Exactly(Cached, file),
        [TrackingNames.HandleTable] = Expected.Exactly(Modified),
        [TrackingNames.FileOrders] = Expected.Exactly(Cached, file),
        [TrackingNames.RecordReferences] = Expected.Exactly(Cached, file),
        // Nothing has an error: no record drops, and the references are not read.
        [TrackingNames.DroppedRecords] = Expected.Exactly(Unchanged),
        [TrackingNames.CatalogOrder] = Expected.Exactly(Modified),
        [TrackingNames.Kept] = Expected.Exactly(Modified),
        [TrackingNames.ChunkPlan] = Expected.Exactly(Modified),
        // Topics are referred to: their indexes are what references are encoded as, so every chunk is encoded again.
        [TrackingNames.ReferenceTargets] = Expected.Exactly(Modified),
        [TrackingNames.EmitIndex] = Expected.Exactly(Modified),
        [TrackingNames.ChunkInputs] = chunkInputs,
        [TrackingNames.EmitChunks] = emitChunks,
        [TrackingNames.RecordDigests] = Expected.Exactly(Cached, file),
        [TrackingNames.ContentHash] = Expected.Exactly(Modified),
        [TrackingNames.Release] = Expected.Exactly(Modified),
        // The handle table changed, but the retired ids name no record of the data that changed: their aliases are the same.
        [TrackingNames.RetiredHandles] = Expected.Exactly(Unchanged),
        [TrackingNames.IdCheck] = Expected.Exactly(Unchanged),
    });

    private static GeneratorDriver Scenario(string scenario)
    {
        var texts = new MiniDataset().AndFile(ExtraPath, TwoTopics).Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.ModelCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);
        var old = texts.Single(t => t.Path == ExtraPath);
        return scenario switch
        {
            "nothing changed" => driver.RunGenerators(compilation.Clone()),
            "unrelated C# edit" => driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere; public static class Unrelated { public static int Answer => 42; }"))),
            // The last value of the file, so that no id moves.
            "one value edited" => driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, TwoTopics.Replace("name: Yemen", "name: Republic of Yemen", StringComparison.Ordinal))).RunGenerators(compilation),
            // The first topic's name: the second topic, its id and its name move.
            "value made longer" => driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, TwoTopics.Replace("name: Syria", "name: Syrian Arab Republic", StringComparison.Ordinal))).RunGenerators(compilation),
            "lines moved" => driver.ReplaceAdditionalText(
                texts.Single(t => t.Path == MiniDataset.DataPath),
                new InMemoryText(MiniDataset.DataPath, texts.Single(t => t.Path == MiniDataset.DataPath).GetText()!.ToString().Replace("engagements:\n", "engagements:\n  # Reviewed against the article.\n", StringComparison.Ordinal))).RunGenerators(compilation),
            "engagement value edited" => driver.ReplaceAdditionalText(
                texts.Single(t => t.Path == MiniDataset.DataPath),
                new InMemoryText(MiniDataset.DataPath, texts.Single(t => t.Path == MiniDataset.DataPath).GetText()!.ToString().Replace("title: Lavrov and Araghchi hold talks", "title: Lavrov and Araghchi hold their talks", StringComparison.Ordinal))).RunGenerators(compilation),
            "reference removed" => driver.ReplaceAdditionalText(
                texts.Single(t => t.Path == MiniDataset.DataPath),
                new InMemoryText(MiniDataset.DataPath, texts.Single(t => t.Path == MiniDataset.DataPath).GetText()!.ToString().Replace("    cameoCodes: ['043']\n", string.Empty, StringComparison.Ordinal))).RunGenerators(compilation),
            "id added" => driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, TwoTopics + "  - id: gaza\n    name: Gaza\n")).RunGenerators(compilation),
            "id removed" => driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, "topics:\n  - id: syria\n    name: Syria\n")).RunGenerators(compilation),
            "file deleted" => driver.RemoveAdditionalTexts([old]).RunGenerators(compilation),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }

    /// <summary><paramref name="common"/> with <paramref name="specific"/>'s steps added or, where both name one, replaced.</summary>
    private static Dictionary<string, Expected> With(Dictionary<string, Expected> common, Dictionary<string, Expected> specific)
    {
        var merged = new Dictionary<string, Expected>(common);
        foreach (var (step, expected) in specific)
        {
            merged[step] = expected;
        }

        return merged;
    }

    /// <summary>What a step's outputs' reasons must be: all one reason, or exactly these (in any order).</summary>
    private sealed record Expected(IncrementalStepRunReason? Every, IncrementalStepRunReason[] Multiset)
    {
        public static Expected All(IncrementalStepRunReason reason) => new(reason, []);

        public static Expected Exactly(params IncrementalStepRunReason[] reasons) => new(null, reasons);

        /// <summary>One output has <paramref name="one"/>, every other (at least one) has <paramref name="rest"/>.</summary>
        public static Expected OneAnd(IncrementalStepRunReason one, IncrementalStepRunReason rest) => new(rest, [one]);

        /// <summary><paramref name="count"/> outputs have <paramref name="some"/>, every other (at least one) has <paramref name="rest"/>.</summary>
        public static Expected SomeAnd(int count, IncrementalStepRunReason some, IncrementalStepRunReason rest) => new(rest, Enumerable.Repeat(some, count).ToArray());

        public void Check(List<IncrementalStepRunReason> actual, string name)
        {
            var step = name + ": " + string.Join(", ", actual);
            if (Every is { } every && Multiset.Length > 0)
            {
                actual.Count(r => r == Multiset[0]).ShouldBe(Multiset.Length, step);
                actual.Count(r => r == every).ShouldBe(actual.Count - Multiset.Length, step);
                actual.Count.ShouldBeGreaterThan(Multiset.Length, step);
            }
            else if (Every is { } all)
            {
                actual.ShouldNotBeEmpty(step);
                actual.ShouldAllBe(r => r == all, step);
            }
            else
            {
                actual.ShouldBe(Multiset, ignoreOrder: true, step);
            }
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
        Reasons(driver, TrackingNames.Kept).ShouldBe([IncrementalStepRunReason.Modified]);
        Topics(driver).ShouldContain("Yemen");
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
        Reasons(driver, TrackingNames.Kept).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(driver, TrackingNames.EmitChunks).ShouldContain(IncrementalStepRunReason.Modified);
        Topics(driver).ShouldContain("Syrian Arab Republic");
    }

    [Fact]
    public void Comment_added_to_a_yaml_file_reparses_it_and_emits_the_same_code()
    {
        var (driver, compilation, texts) = FirstRun();
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        var old = texts.Single(t => t.Path == ExtraPath);

        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ExtraPath, "# a comment moves every line down\n" + ExtraYaml)).RunGenerators(compilation);

        Reasons(driver, TrackingNames.ParsedYaml).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        // The ids moved a line but are the same: they are declared without positions, so the table is not built again.
        Reasons(driver, TrackingNames.IdTable).ShouldBe([IncrementalStepRunReason.Cached]);
        Reasons(driver, TrackingNames.BoundFiles).ShouldBe([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], ignoreOrder: true);
        // Only positions changed, and the generated code holds none: the emit model is not made again (the catalogue
        // order it is made from holds no positions either), and no chunk's code is written again.
        Reasons(driver, TrackingNames.EmitIndex).ShouldBe([IncrementalStepRunReason.Cached]);
        Reasons(driver, TrackingNames.EmitChunks).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ShouldBe(before);
    }
    /// <summary>
    /// The emit model is compared by its own equality: a position in it would make an edit that only moves lines
    /// emit the same code again, as the bound records (which keep positions for diagnostics) would.
    /// </summary>
    [Fact]
    public void The_emit_model_holds_no_positions()
    {
        var (driver, _, _) = FirstRun();

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var emitted = steps[TrackingNames.EmitIndex].Concat(steps[TrackingNames.EmitChunks]).SelectMany(run => run.Outputs).Select(output => output.Value).ToList();

        emitted.Count.ShouldBeGreaterThan(1);
        foreach (var value in emitted)
        {
            ObjectGraph.Find(value, type => type == typeof(Diagnostics.LocationInfo) || type == typeof(Diagnostics.TextPosition)).ShouldBeEmpty();
        }

        // The check itself sees positions where there are some: in the kept records, as bound.
        var bound = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Kept].Single().Outputs.Single().Value;
        ObjectGraph.Find(bound, type => type == typeof(Diagnostics.TextPosition)).ShouldNotBeEmpty();
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
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true).RunGenerators(compilation);
        var old = texts.Single(t => t.Path == ChangelogPath);

        var release = "# Changelog\n\n## 1.0.0 - 2026-11-29\n\nContent hash: sha256:" + new string('0', 64) + "\n";
        driver = driver.ReplaceAdditionalText(old, new InMemoryText(ChangelogPath, release)).RunGenerators(compilation);

        Reasons(driver, TrackingNames.Changelog).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(driver, TrackingNames.Release).ShouldBe([IncrementalStepRunReason.Modified]);
        foreach (var step in new[] { TrackingNames.Kept, TrackingNames.CatalogOrder, TrackingNames.Validated, TrackingNames.EmitIndex, TrackingNames.EmitChunks, TrackingNames.ContentHash, TrackingNames.IdCheck })
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
        Reasons(driver, TrackingNames.IdCheck).ShouldBe([IncrementalStepRunReason.Cached]);
    }
}
