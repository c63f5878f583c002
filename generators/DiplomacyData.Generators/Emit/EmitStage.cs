using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// The Emit stage's models, in two parts: what holds no record values (the index, which changes only with the ids),
/// and the records in chunks, each its own item, so that an edit of one value encodes one chunk again.
/// </summary>
internal readonly record struct EmitStage(IncrementalValueProvider<EmitIndex> Index, IncrementalValuesProvider<EmitChunk> Chunks)
{
    public static EmitStage Wire(PruneStage prune, NameStage name, IncrementalValueProvider<DatasetSchema> schema)
    {
        var index = prune.Order
            .Combine(name.Handles)
            .Combine(schema)
            .Select(static (input, _) => EmitIndex.Create(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.EmitIndex);

        var plan = prune.Order
            .Combine(name.Handles)
            .Combine(schema)
            .Select(static (input, _) => ChunkPlan.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ChunkPlan);

        var targets = prune.Order
            .Combine(schema)
            .Select(static (input, _) => ReferenceTargets.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ReferenceTargets);

        var chunks = prune.Kept
            .Combine(plan)
            .Combine(schema)
            .SelectMany(static (input, _) => ChunkInput.Split(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ChunkInputs)
            .Combine(targets)
            .Select(static (input, _) => EmitChunk.Encode(input.Left, input.Right))
            .WithTrackingName(TrackingNames.EmitChunks);

        return new EmitStage(index, chunks);
    }
}
