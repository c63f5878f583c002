using System.Collections.Immutable;
using System.Diagnostics;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Emit;
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
        var kept = KeptRecords.Of(bound, validated);
        Report("prune", watch);
        var release = ReleaseInfo.Create(ContentHash.Of(kept, schema, default), Changelog.None, new ReleaseSettings("1.0.0", ReleaseFilesRequired: false));
        Report("content hash", watch);
        var index = EmitIndex.Create(kept, schema);
        var chunks = ChunkInput.Split(kept, schema).Select(EmitChunk.Encode).ToList();
        Report("emit model (index, chunks encoded)", watch);
        var files = Emitter.Emit(index, chunks, release);
        Report("emit", watch);
        Console.WriteLine($"  {files.Files.Count} files, {bound.Diagnostics.Count + validated.Diagnostics.Count} diagnostics");
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
