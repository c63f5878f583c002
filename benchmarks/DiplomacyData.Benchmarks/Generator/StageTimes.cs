using System.Collections.Immutable;
using System.Diagnostics;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Emit;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Release;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate;

namespace DiplomacyData.Benchmarks.Generator;

/// <summary>Times each pipeline stage on its own (a diagnostic aid for the time-generator command, not a benchmark).</summary>
internal static class StageTimes
{
    public static void Print(GeneratorSetup setup)
    {
        var schemaDriver = setup.NewDriver().RunGenerators(setup.Compilation);
        _ = schemaDriver;
        var watch = Stopwatch.StartNew();
        var parsed = setup.Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => YamlFileReader.Read(f.Path, f.GetText()!.ToString(), default)).ToImmutableArray();
        Report("read", watch);
        var archives = setup.Files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => ArchivedText.From(f.Path, f.GetText()!.ToString())).ToImmutableArray();
        Report("archives", watch);
        var schema = SchemaFor(setup);
        Report("schema", watch);
        var bound = Binder.Bind(parsed, schema, default);
        Report("bind", watch);
        var validated = Validator.Validate(bound, archives, schema, default);
        Report("validate", watch);
        var handles = HandleTable.Of(bound.Entities, schema);
        Report("name", watch);
        var all = new BoundFile("(all files)", bound.Entities, bound.ReferencesFromBrokenRecords, bound.Diagnostics, bound.AllValuesRead);
        var (kept, order) = KeptRecords.Of(all, validated.Invalid, handles);
        Report("prune", watch);
        var release = ReleaseInfo.Create(ContentHash.Of(kept, schema, default), Changelog.None, new ReleaseSettings("1.0.0", ReleaseFilesRequired: false));
        Report("content hash", watch);
        var index = EmitIndex.Create(order, handles, schema);
        var chunks = ChunkInput.Split(kept, ChunkPlan.Of(order, handles, schema), schema).Select(EmitChunk.Encode).ToList();
        Report("emit model (index, chunks encoded)", watch);
        var files = Emitter.Emit(index, chunks, release);
        Report("emit", watch);
        Console.WriteLine($"  {files.Files.Count} files, {bound.Diagnostics.Count + validated.Diagnostics.Count} diagnostics");
        PrintEditPath(parsed, archives, schema);
    }

    /// <summary>
    /// The steps that take every file's output and so run again whenever one file is edited, each timed alone
    /// (the second of two runs, so that nothing is JIT-compiled): where an edit's time goes beyond the one file.
    /// </summary>
    private static void PrintEditPath(ImmutableArray<ParsedYamlFile> parsed, ImmutableArray<ArchivedText> archiveTexts, DatasetSchema schema)
    {
        Console.WriteLine("steps over every file (what an edit of one value runs again), second run of each:");
        var ids = IdTable.Build(parsed.Select(file => DeclaredIds.Of(file, schema)).ToImmutableArray());
        var boundFiles = parsed.Select(file => Binder.BindFile(file, schema, ids, default)).ToImmutableArray();
        var archives = ArchiveIndex.Build(archiveTexts);
        var validatedFiles = boundFiles.Select(file => Validator.ValidateFile(file, archives, schema, default)).ToImmutableArray();
        var index = Twice("index of referable records (ReferenceIndex; cached on an engagement's edit)", () => ReferenceIndex.Build(boundFiles.Select(f => ReferableRecords.Of(f, schema)).ToImmutableArray()));
        var crossChecked = boundFiles.Select(file => Validator.CheckFile(file, index, schema, default)).ToImmutableArray();
        var validated = Twice("whole-dataset rules (Validated; cached when the facts stay)", () => Validator.Validate(index, crossChecked, ids, archives, schema, default));
        var invalid = Twice("invalid records (InvalidRecords)", () => InvalidRecords.Of(validatedFiles, crossChecked, validated));
        var handles = Twice("typed handles (HandleTable; cached when no name, id or position changes)", () => HandleTable.Build(boundFiles.Select(f => FileHandles.Of(f, schema)).ToImmutableArray(), schema));
        var order = Twice("catalogue order (CatalogOrder; cached when no id, date or reference changes)", () => CatalogOrder.Build(boundFiles.Select(FileOrder.Of).ToImmutableArray(), invalid, handles));
        Twice("emit index (EmitIndex; cached with the order)", () => EmitIndex.Create(order, handles, schema));
        var plan = Twice("chunks' plan (ChunkPlan; cached with the order)", () => ChunkPlan.Of(order, handles, schema));
        Console.WriteLine("  and on every edit of a value:");
        var kept = Twice("kept records laid out (Kept)", () => KeptRecords.Of(boundFiles, order));
        Twice("split into chunks (ChunkInputs)", () => ChunkInput.Split(kept, plan, schema));
        var digests = boundFiles.Select(file => RecordDigests.Of(file, schema, default)).ToImmutableArray();
        Twice("content hash (ContentHash)", () => ContentHash.Of(kept, order, digests, schema, default));
        Twice("id check (IdCheck; cached with the handles)", () => IdCheck.Run(handles, ids, false, schema, IdList.None, IdList.None, new ReleaseSettings("1.0.0", ReleaseFilesRequired: false)));
    }

    private static T Twice<T>(string step, Func<T> run)
    {
        run();
        var watch = Stopwatch.StartNew();
        var result = run();
        Console.WriteLine($"  {step,-60} {watch.Elapsed.TotalMilliseconds,8:F1} ms");
        return result;
    }

    private static DatasetSchema SchemaFor(GeneratorSetup setup)
    {
        // The schema stage needs the compiler's attribute lookup; take it from a real run's tracked output.
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new DiplomacyData.Generators.DatasetGenerator())],
            ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty,
            null,
            null,
            new Microsoft.CodeAnalysis.GeneratorDriverOptions(Microsoft.CodeAnalysis.IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var result = driver.RunGenerators(setup.Compilation).GetRunResult().Results[0];
        return (DatasetSchema)result.TrackedSteps[DiplomacyData.Generators.TrackingNames.Schema][0].Outputs[0].Value;
    }

    private static void Report(string stage, Stopwatch watch)
    {
        Console.WriteLine($"  {stage,-11} {watch.Elapsed.TotalSeconds,6:F2} s");
        watch.Restart();
    }
}
