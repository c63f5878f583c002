using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The Prune stage: records with errors drop out, with whatever refers to them, before anything is emitted or hashed.
/// What ships, and in which order, is decided from values-free facts, file by file and then together, so that an edit
/// of a value leaves the order cached and the kept records are laid out by it in one pass.
/// </summary>
internal readonly record struct PruneStage(IncrementalValueProvider<CatalogOrder> Order, IncrementalValueProvider<KeptRecords> Kept)
{
    public static PruneStage Wire(BindStage bind, ValidateStage validate, NameStage name, IncrementalValueProvider<DatasetSchema> schema)
    {
        var invalid = validate.ValidatedFiles
            .Combine(validate.CrossCheckedFiles)
            .Combine(validate.Validated)
            .Select(static (input, _) => InvalidRecords.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.InvalidRecords);

        var order = bind.BoundFiles
            .Combine(schema)
            .Select(static (input, _) => FileOrder.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FileOrders)
            .Collect()
            .Combine(invalid)
            .Combine(name.Handles)
            .Select(static (input, _) => CatalogOrder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.CatalogOrder);

        var kept = bind.AllBoundFiles
            .Combine(order)
            .Select(static (input, _) => KeptRecords.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Kept);

        return new PruneStage(order, kept);
    }
}
