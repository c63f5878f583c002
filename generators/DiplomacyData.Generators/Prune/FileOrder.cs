using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// What the catalogue's order needs of one record: no values, no references (<see cref="RecordReferences"/>) and no
/// position (a record is its file and index, <see cref="RecordSlot"/>), so that editing one, or moving it by editing
/// one before it, leaves it equal.
/// </summary>
/// <param name="SortKey">Its place within its kind in the catalogue: the kind's OrderBy date (ISO text sorts by date), then the id.</param>
/// <param name="HasErrors">It has a binding error, so it is not emitted.</param>
internal sealed record OrderEntry(EntityKey Key, string SortKey, bool HasErrors);

/// <summary>The per-file step of <see cref="CatalogOrder"/>: each record of one bound file, in document order.</summary>
internal sealed record FileOrder(string Path, EquatableArray<OrderEntry> Entries)
{
    public static FileOrder Of(BoundFile file, DatasetSchema schema) => new(
        file.Path,
        file.Entities.Select(e => new OrderEntry(e.Key, SortKey(e, schema), e.HasErrors)).ToEquatableArray());

    /// <summary>Every record of <paramref name="files"/> with its slot: files in ordinal path order, records in document order.</summary>
    public static List<(RecordSlot Slot, OrderEntry Entry)> InDatasetOrder(ImmutableArray<FileOrder> files)
    {
        var all = new List<(RecordSlot Slot, OrderEntry Entry)>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            for (var i = 0; i < file.Entries.Count; i++)
            {
                all.Add((new RecordSlot(file.Path, i), file.Entries[i]));
            }
        }

        return all;
    }

    private static string SortKey(BoundEntity entity, DatasetSchema schema) =>
        schema.FindRecord(entity.Key.EntityMetadataName)?.Entity?.OrderBy is { } orderBy
            ? (entity.Value.Text(orderBy) ?? string.Empty) + " " + entity.Key.Id
            : entity.Key.Id;
}
