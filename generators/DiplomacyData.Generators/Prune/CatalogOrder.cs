using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The records fit to ship and their order, decided from values-free facts (<see cref="FileOrder"/>), the validation
/// errors and the typed handles: every kind in catalogue order (by record type, then the kind's sort key, files in
/// ordinal path order), without the records that have an error or refer to one that drops. An edit of a value that is
/// not a date, an id or a reference leaves it equal, so the steps that read it (the emit index, the chunks' plan)
/// stay cached, and the records themselves are laid out by it in one pass (<see cref="KeptRecords"/>).
/// </summary>
internal sealed class CatalogOrder : IEquatable<CatalogOrder>
{
    private CatalogOrder(EquatableArray<RecordSlot> slots, EquatableArray<EntityKey> keys, EquatableArray<EquatableArray<EntityKey>> references)
    {
        Slots = slots;
        Keys = keys;
        References = references;
    }

    /// <summary>Each kept record's file and index, in catalogue order.</summary>
    public EquatableArray<RecordSlot> Slots { get; }

    /// <summary>Each kept record's key, in the same order.</summary>
    public EquatableArray<EntityKey> Keys { get; }

    /// <summary>Each kept record's references, in the same order.</summary>
    public EquatableArray<EquatableArray<EntityKey>> References { get; }

    public static CatalogOrder Build(ImmutableArray<FileOrder> files, EquatableArray<EntityKey> invalidRecords, HandleTable handles)
    {
        var all = new List<(OrderEntry Entry, RecordSlot Slot)>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            for (var i = 0; i < file.Entries.Count; i++)
            {
                all.Add((file.Entries[i], new RecordSlot(file.Path, i)));
            }
        }

        // The same rule as ever: a record with an error drops, and so does whatever refers to a dropped record.
        var invalid = new HashSet<EntityKey>(invalidRecords);
        var rejected = new HashSet<RecordSlot>(handles.Rejected);
        var kept = new Dictionary<EntityKey, int>();
        for (var i = 0; i < all.Count; i++)
        {
            var entry = all[i].Entry;
            if (!entry.HasErrors && !invalid.Contains(entry.Key) && !rejected.Contains(all[i].Slot) && !kept.ContainsKey(entry.Key))
            {
                kept.Add(entry.Key, i);
            }
        }

        bool removed;
        do
        {
            removed = false;
            foreach (var pair in kept.ToList())
            {
                if (all[pair.Value].Entry.References.Any(reference => !kept.ContainsKey(reference)))
                {
                    kept.Remove(pair.Key);
                    removed = true;
                }
            }
        }
        while (removed);

        var ordered = kept.Values
            .OrderBy(i => all[i].Entry.Key.EntityMetadataName, StringComparer.Ordinal)
            .ThenBy(i => all[i].Entry.SortKey, StringComparer.Ordinal)
            .ThenBy(i => i)
            .ToList();
        return new CatalogOrder(
            ordered.Select(i => all[i].Slot).ToEquatableArray(),
            ordered.Select(i => all[i].Entry.Key).ToEquatableArray(),
            ordered.Select(i => all[i].Entry.References).ToEquatableArray());
    }

    public bool Equals(CatalogOrder? other) =>
        other is not null && Slots.Equals(other.Slots) && Keys.Equals(other.Keys) && References.Equals(other.References);

    public override bool Equals(object? obj) => Equals(obj as CatalogOrder);

    public override int GetHashCode() => Slots.Count;
}
