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

        var fileOrders = bind.BoundFiles
            .Select(static (input, _) => FileOrder.Of(input.File, input.Schema))
            .WithTrackingName(TrackingNames.FileOrders)
            .Collect();

        var references = bind.BoundFiles
            .Select(static (input, _) => RecordReferences.Of(input.File))
            .WithTrackingName(TrackingNames.RecordReferences)
            .Collect();

        var dropped = fileOrders
            .Combine(references)
            .Combine(invalid)
            .Combine(name.Handles)
            .Combine(bind.IdTable)
            .Select(static (input, _) =>
            {
                var ((((orders, references), invalid), handles), ids) = input;
                return DroppedRecords.Of(orders, references, invalid, handles, ids);
            })
            .WithTrackingName(TrackingNames.DroppedRecords);

        var order = fileOrders
            .Combine(dropped)
            .Select(static (input, _) => CatalogOrder.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.CatalogOrder);

        var kept = bind.AllBoundFiles
            .Combine(order)
            .Select(static (input, _) => KeptRecords.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Kept);

        return new PruneStage(order, kept);
    }
}
