using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Validate;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The step between Validate and Emit: the records fit to ship, in catalogue order. A record with an error
/// (from binding or validation) drops out, and so does every record that refers to a dropped one, so that the
/// emitted code always compiles; the diagnostics already say why.
/// </summary>
/// <param name="Entities">The kept records, in the bound order (catalogue order within each kind).</param>
internal sealed record KeptRecords(EquatableArray<BoundEntity> Entities)
{
    public static KeptRecords Of(BindResult bound, ValidationResult validation)
    {
        if (NothingDrops(bound, validation))
        {
            return new KeptRecords(bound.Entities);
        }

        var kept = new Dictionary<EntityKey, BoundEntity>();
        var invalid = new HashSet<EntityKey>(validation.Invalid);
        foreach (var entity in bound.Entities)
        {
            if (!entity.HasErrors && !invalid.Contains(entity.Key) && !kept.ContainsKey(entity.Key))
            {
                kept.Add(entity.Key, entity);
            }
        }

        // Dropping a record can leave another referring to nothing: repeat until nothing more drops.
        bool removed;
        do
        {
            removed = false;
            foreach (var entity in kept.Values.ToList())
            {
                if (entity.References.Any(reference => !kept.ContainsKey(reference)))
                {
                    kept.Remove(entity.Key);
                    removed = true;
                }
            }
        }
        while (removed);

        return new KeptRecords(bound.Entities.Where(e => kept.TryGetValue(e.Key, out var k) && ReferenceEquals(k, e)).ToEquatableArray());
    }

    /// <summary>
    /// The common case, checked without a table of every record: each declared id was bound exactly once and without
    /// error, and validation found nothing invalid. Then every reference (binding resolves only declared ids) has its
    /// target kept, and nothing drops.
    /// </summary>
    private static bool NothingDrops(BindResult bound, ValidationResult validation)
    {
        if (!validation.Invalid.IsEmpty || bound.Ids.HasRepeatsOrUnread || bound.Entities.Count != bound.Ids.Count)
        {
            return false;
        }

        foreach (var entity in bound.Entities)
        {
            if (entity.HasErrors)
            {
                return false;
            }
        }

        return true;
    }
}
