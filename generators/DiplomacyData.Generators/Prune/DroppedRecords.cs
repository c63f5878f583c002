using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The records that do not ship: those with an error (binding, validation, or a handle that failed), a second record
/// of an id, and whatever refers to a dropped record or to one that never bound, again and again until nothing more
/// drops. The references are read only when some record drops for a reason of its own or some declared id has no
/// record kept, so that on a sound dataset an edit of a reference costs no walk of every record's references, and
/// leaves this list (empty) equal.
/// </summary>
internal static class DroppedRecords
{
    public static EquatableArray<RecordSlot> Of(ImmutableArray<FileOrder> orders, ImmutableArray<RecordReferences> references, EquatableArray<EntityKey> invalidRecords, HandleTable handles, IdTable ids)
    {
        if (NothingDrops(orders, invalidRecords, handles, ids))
        {
            return EquatableArray<RecordSlot>.Empty;
        }

        var all = FileOrder.InDatasetOrder(orders);
        var invalid = new HashSet<EntityKey>(invalidRecords);
        var rejected = new HashSet<RecordSlot>(handles.Rejected);
        var kept = new Dictionary<EntityKey, RecordSlot>();
        var dropped = new List<RecordSlot>();
        foreach (var (slot, entry) in all)
        {
            if (!entry.HasErrors && !invalid.Contains(entry.Key) && !rejected.Contains(slot) && !kept.ContainsKey(entry.Key))
            {
                kept.Add(entry.Key, slot);
            }
            else
            {
                dropped.Add(slot);
            }
        }

        var referencesOf = new Dictionary<RecordSlot, EquatableArray<EntityKey>>();
        foreach (var file in references)
        {
            for (var i = 0; i < file.References.Count; i++)
            {
                referencesOf[new RecordSlot(file.Path, i)] = file.References[i];
            }
        }

        bool removed;
        do
        {
            removed = false;
            foreach (var pair in kept.ToList())
            {
                if (referencesOf.TryGetValue(pair.Value, out var targets) && targets.Any(target => !kept.ContainsKey(target)))
                {
                    kept.Remove(pair.Key);
                    dropped.Add(pair.Value);
                    removed = true;
                }
            }
        }
        while (removed);

        return dropped.OrderBy(slot => slot.Path, StringComparer.Ordinal).ThenBy(slot => slot.Index).ToEquatableArray();
    }

    /// <summary>
    /// No record has an error or a failed handle, and there are as many records as declared ids: a second record of an
    /// id has an error (DD0201), and a reference can only name a declared id (an unknown one is an error of the record
    /// that holds it), so every record is kept and nothing refers to one that drops. A walk of flags, no lookups.
    /// </summary>
    private static bool NothingDrops(ImmutableArray<FileOrder> orders, EquatableArray<EntityKey> invalidRecords, HandleTable handles, IdTable ids)
    {
        if (!invalidRecords.IsEmpty || !handles.Rejected.IsEmpty)
        {
            return false;
        }

        var records = 0;
        foreach (var file in orders)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.HasErrors)
                {
                    return false;
                }

                records++;
            }
        }

        return records == ids.Count;
    }
}
