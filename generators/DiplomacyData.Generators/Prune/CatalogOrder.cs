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
    private CatalogOrder(EquatableArray<RecordSlot> slots, EquatableArray<EntityKey> keys, EquatableArray<int> filePositions)
    {
        Slots = slots;
        Keys = keys;
        FilePositions = filePositions;
    }

    /// <summary>Each kept record's file and index, in catalogue order.</summary>
    public EquatableArray<RecordSlot> Slots { get; }

    /// <summary>Each kept record's key, in the same order.</summary>
    public EquatableArray<EntityKey> Keys { get; }

    /// <summary>
    /// Each kept record's file as its position among the collected files the order was built from, in the same order:
    /// every per-file step collects the files in the compiler's order, so the bound files and the digests have them at
    /// the same positions, and laying out 100,000 records indexes arrays instead of looking paths up. Checked against
    /// the slot's path before it is used (<see cref="FileOf{T}"/>).
    /// </summary>
    public EquatableArray<int> FilePositions { get; }

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
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            positions[files[i].Path] = i;
        }

        return new CatalogOrder(
            ordered.Select(i => all[i].Slot).ToEquatableArray(),
            ordered.Select(i => all[i].Entry.Key).ToEquatableArray(),
            ordered.Select(i => positions[all[i].Slot.Path]).ToEquatableArray());
    }

    /// <summary>
    /// The file of the <paramref name="i"/>-th kept record among <paramref name="files"/> (collected from the same
    /// per-file pipeline as the order's files): found at its position, or by its path when the files were collected
    /// in another order (<paramref name="byPath"/>, made once, on the first miss); null when it is not there.
    /// </summary>
    public T? FileOf<T>(ImmutableArray<T> files, int i, Func<T, string> path, ref Dictionary<string, T>? byPath)
        where T : class
    {
        var wanted = Slots[i].Path;
        var position = FilePositions[i];
        if ((uint)position < (uint)files.Length && string.Equals(path(files[position]), wanted, StringComparison.Ordinal))
        {
            return files[position];
        }

        if (byPath is null)
        {
            byPath = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                byPath[path(file)] = file;
            }
        }

        return byPath.TryGetValue(wanted, out var found) ? found : null;
    }

    public bool Equals(CatalogOrder? other) =>
        other is not null && Slots.Equals(other.Slots) && Keys.Equals(other.Keys) && FilePositions.Equals(other.FilePositions);

    public override bool Equals(object? obj) => Equals(obj as CatalogOrder);

    public override int GetHashCode() => Slots.Count;
}
