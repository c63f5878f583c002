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
            .Select(f => YamlFileReader.Read(f.Path, f.GetText(), default)).ToImmutableArray();
        Report("read", watch);
        var archiveTexts = setup.Files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => ArchivedText.From(f.Path, f.GetText())).ToImmutableArray();
        Report("archives", watch);
        var schema = SchemaFor(setup);
        Report("schema", watch);
        PrintSteps(parsed, archiveTexts, schema);
    }

    /// <summary>
    /// The pipeline's own steps, each over every file as a cold run makes them (Report), and then the steps that take
    /// every file's output and so run again whenever one file is edited, each timed alone (the second of two runs, so
    /// that nothing is JIT-compiled): where an edit's time goes beyond the one file.
    /// </summary>
    private static void PrintSteps(ImmutableArray<ParsedYamlFile> parsed, ImmutableArray<ArchivedText> archiveTexts, DatasetSchema schema)
    {
        var watch = Stopwatch.StartNew();
        var ids = IdTable.Build(parsed.Select(file => DeclaredIds.Of(file, schema)).ToImmutableArray());
        var boundFiles = parsed.Select(file => Binder.BindFile(file, schema, ids, default)).ToImmutableArray();
        Report("bind", watch);
        var archives = ArchiveIndex.Build(archiveTexts);
        var validatedFiles = boundFiles.Select(file => Validator.ValidateFile(file, archives, schema, default)).ToImmutableArray();
        Report("validate (per file)", watch);
        var fileHandles = boundFiles.Select(f => FileHandles.Of(f, schema)).ToImmutableArray();
        var fileOrders = boundFiles.Select(f => FileOrder.Of(f, schema)).ToImmutableArray();
        var digests = boundFiles.Select(file => RecordDigests.Of(file, schema, default)).ToImmutableArray();
        Report("name, order and digest (per file)", watch);
        Console.WriteLine("steps over every file (what an edit of one value runs again), second run of each:");
        var index = Twice("index of referable records (ReferenceIndex; cached on an engagement's edit)", () => ReferenceIndex.Build(boundFiles.Select(f => ReferableRecords.Of(f, schema)).ToImmutableArray()));
        var crossChecked = boundFiles.Select(file => Validator.CheckFile(file, index, schema, default)).ToImmutableArray();
        var validated = Twice("whole-dataset rules (Validated; cached when the facts stay)", () => Validator.Validate(index, crossChecked.Select(f => f.Facts).ToImmutableArray(), ReferencedRecords.Of(crossChecked.Select(f => ReferencedRecords.Fingerprints(f.References)).ToImmutableArray()), ids, archives, schema, default));
        var invalid = Twice("invalid records (InvalidRecords)", () => InvalidRecords.Of(validatedFiles, crossChecked, validated));
        var handles = Twice("typed handles (HandleTable; cached when no name or id changes)", () => HandleTable.Build(fileHandles, schema));
        var references = boundFiles.Select(RecordReferences.Of).ToImmutableArray();
        var dropped = Twice("records that drop (DroppedRecords; cached when no reference changes)", () => DroppedRecords.Of(fileOrders, references, invalid, handles, ids));
        var order = Twice("catalogue order (CatalogOrder; cached when no id or date changes)", () => CatalogOrder.Build(fileOrders, dropped));
        var emitIndex = Twice("emit index (EmitIndex; cached with the order)", () => EmitIndex.Create(order, handles, schema));
        var plan = Twice("chunks' plan (ChunkPlan; cached with the order)", () => ChunkPlan.Of(order, handles, schema));
        Console.WriteLine("  and on every edit of a value:");
        var kept = Twice("kept records laid out (Kept)", () => KeptRecords.Of(boundFiles, order));
        var inputs = Twice("split into chunks (ChunkInputs)", () => ChunkInput.Split(kept, plan, schema).ToList());
        var hash = Twice("content hash (ContentHash)", () => ContentHash.Of(kept, order, digests, schema, default));
        var release = ReleaseInfo.Create(hash, Changelog.None, new ReleaseSettings("1.0.0", ReleaseFilesRequired: false));
        var retired = Twice("retired handles (RetiredHandles; cached with the handles)", () => RetiredHandles.Of(handles, IdList.None, schema));
        Twice("id check (IdCheck; cached with the handles)", () => IdCheck.Run(handles, ids, false, schema, IdList.None, retired, new ReleaseSettings("1.0.0", ReleaseFilesRequired: false)));
        var targets = Twice("reference targets (ReferenceTargets; cached with the order's referable records)", () => ReferenceTargets.Of(order, schema));
        var chunks = Twice("chunks encoded (EmitChunks)", () => inputs.Select(input => EmitChunk.Encode(input, targets)).ToList());
        var files = Twice("C# written (the source outputs)", () => Emitter.EmitReleaseFiles(emitIndex, release).Files.Count + Emitter.EmitIndexFiles(emitIndex, retired.Handles).Files.Count + chunks.Select(Emitter.EmitChunkFile).Count());
        Console.WriteLine($"  {files} files, {boundFiles.Sum(f => f.Diagnostics.Count) + validated.Diagnostics.Count} diagnostics");
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
