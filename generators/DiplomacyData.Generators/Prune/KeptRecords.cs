using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The step between Validate and Emit: the records fit to ship, in catalogue order, as <see cref="CatalogOrder"/>
/// decided (a record with an error from binding, validation or its typed handle drops out, and so does every record
/// that refers to a dropped one, so that the emitted code always compiles; the diagnostics already say why). Laid out
/// in one pass over the order, so that an edit of a value costs a copy of references, not a sort.
/// </summary>
/// <param name="Entities">
/// The kept records, in catalogue order (kinds by record type, then each kind's sort key); compared by content alone
/// (<see cref="ContentEquality"/>), since nothing made from them holds a position: an edit that moves lines leaves the
/// kept records, the chunks and the content hash cached.
/// </param>
internal sealed record KeptRecords(EquatableArray<BoundEntity> Entities)
{
    public bool Equals(KeptRecords? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null && ContentEquality.SameContent(Entities, other.Entities);
    }

    public override int GetHashCode() => Entities.Count;

    public static KeptRecords Of(ImmutableArray<BoundFile> files, CatalogOrder order)
    {
        Dictionary<string, BoundFile>? byPath = null;
        var entities = new BoundEntity[order.Slots.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var file = order.FileOf(files, i, static file => file.Path, ref byPath)
                ?? throw new InvalidOperationException("The catalogue order names a file that was not bound: " + order.Slots[i].Path);
            entities[i] = file.Entities[order.Slots[i].Index];
        }

        return new KeptRecords(new EquatableArray<BoundEntity>(entities));
    }
}
