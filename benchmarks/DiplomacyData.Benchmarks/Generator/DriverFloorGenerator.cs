using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Benchmarks.Generator;

/// <summary>
/// The least a generator over the same files can cost the driver: the same two per-file steps (YAML files,
/// archived texts), each collected, and an output that depends on both, with no work inside them. Its re-run
/// with nothing changed is the floor that Roslyn's own bookkeeping sets for any generator reading these files.
/// </summary>
internal sealed class DriverFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One input node, as the generator has: each read of AdditionalTextsProvider is a node that walks every file.
        var files = context.AdditionalTextsProvider;
        var yaml = files
            .Where(static text => text.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(static (text, _) => text.Path.Length);
        var texts = files
            .Where(static text => text.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(static (text, _) => text.Path.Length);
        var both = yaml.Collect().Combine(texts.Collect())
            .Select(static (pair, _) => pair.Left.Length + pair.Right.Length);
        context.RegisterSourceOutput(both, static (output, count) => output.AddSource("Floor.g.cs", "internal static class Floor { public const int Files = " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; }"));
    }
}
