using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DiplomacyData.Synthetic;

namespace DiplomacyData.Generators.Tests;

/// <summary>A dataset far larger than the real one still generates, compiles, and keeps every method small.</summary>
public class ScaleTests
{
    private const int Engagements = 3_000;

    [Fact]
    public void Large_synthetic_dataset_generates_without_diagnostics_and_every_method_stays_below_the_jit_limit()
    {
        var files = SyntheticDataset.Files(Engagements).Select(f => ("/synthetic/data/" + f.Path.Replace('\\', '/'), f.Text)).ToList();

        var run = GeneratorHarness.Run(files);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5)));

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        var largest = metadata.MethodDefinitions
            .Select(handle => metadata.GetMethodDefinition(handle))
            .Where(method => method.RelativeVirtualAddress != 0)
            .Select(method => (Name: metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name), Size: pe.GetMethodBody(method.RelativeVirtualAddress).Size))
            .MaxBy(m => m.Size);

        // The JIT does not optimise methods above 60 KB of IL; the emitter chunks records to stay far below.
        largest.Size.ShouldBeLessThan(60 * 1024, largest.Name);
        run.GeneratedKind("Engagements").ShouldContain($"public static global::DiplomacyData.Engagement Talks{Engagements - 1} => s_all[");
    }
}
