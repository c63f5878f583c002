using System;
using System.Collections.Generic;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Every record that a record can refer to (the kinds the model refers to), with its index in its kind's catalogue
/// order: how a reference is encoded. Only those kinds, so that adding an engagement (which nothing refers to) leaves it
/// equal; when it changes, every chunk is encoded again, as the indexes of what they refer to may have moved.
/// </summary>
internal sealed class ReferenceTargets : IEquatable<ReferenceTargets>
{
    private readonly EquatableArray<EntityKey> _keys;

    private ReferenceTargets(EquatableArray<EntityKey> keys, Dictionary<EntityKey, int> indexes)
    {
        _keys = keys;
        Indexes = indexes;
    }

    /// <summary>Each referable kept record's index within its kind.</summary>
    public IReadOnlyDictionary<EntityKey, int> Indexes { get; }

    public static ReferenceTargets Of(CatalogOrder order, DatasetSchema schema)
    {
        var referable = schema.KindsReferredTo();
        var keys = new List<EntityKey>();
        var indexes = new Dictionary<EntityKey, int>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in order.Keys)
        {
            var kind = key.EntityMetadataName;
            counts.TryGetValue(kind, out var index);
            counts[kind] = index + 1;
            if (referable.Contains(kind))
            {
                keys.Add(key);
                indexes[key] = index;
            }
        }

        return new ReferenceTargets(keys.ToEquatableArray(), indexes);
    }

    // The keys in catalogue order determine every index.
    public bool Equals(ReferenceTargets? other) => other is not null && _keys.Equals(other._keys);

    public override bool Equals(object? obj) => Equals(obj as ReferenceTargets);

    public override int GetHashCode() => _keys.Count;
}
