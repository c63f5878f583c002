using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The records fit to ship and their order, decided from values-free facts (<see cref="FileOrder"/>) and the records
/// that drop (<see cref="DroppedRecords"/>): every kind in catalogue order (by record type, then the kind's sort key,
/// files in ordinal path order). An edit of a value that is not a date or an id leaves it equal, so the steps that read
/// it (the emit index, the chunks' plan) stay cached, and the records themselves are laid out by it in one pass
/// (<see cref="KeptRecords"/>).
/// </summary>
internal sealed class CatalogOrder : IEquatable<CatalogOrder>
{
    private CatalogOrder(EquatableArray<RecordSlot> slots, EquatableArray<EntityKey> keys)
    {
        Slots = slots;
        Keys = keys;
    }

    /// <summary>Each kept record's file and index, in catalogue order.</summary>
    public EquatableArray<RecordSlot> Slots { get; }

    /// <summary>Each kept record's key, in the same order.</summary>
    public EquatableArray<EntityKey> Keys { get; }

    public static CatalogOrder Build(ImmutableArray<FileOrder> files, EquatableArray<RecordSlot> dropped)
    {
        var all = FileOrder.InDatasetOrder(files);
        var droppedSlots = new HashSet<RecordSlot>(dropped);
        var ordered = Enumerable.Range(0, all.Count)
            .Where(i => !droppedSlots.Contains(all[i].Slot))
            .OrderBy(i => all[i].Entry.Key.EntityMetadataName, StringComparer.Ordinal)
            .ThenBy(i => all[i].Entry.SortKey, StringComparer.Ordinal)
            .ThenBy(i => i)
            .ToList();
        return new CatalogOrder(
            ordered.Select(i => all[i].Slot).ToEquatableArray(),
            ordered.Select(i => all[i].Entry.Key).ToEquatableArray());
    }

    public bool Equals(CatalogOrder? other) =>
        other is not null && Slots.Equals(other.Slots) && Keys.Equals(other.Keys);

    public override bool Equals(object? obj) => Equals(obj as CatalogOrder);

    public override int GetHashCode() => Slots.Count;
}
