using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// One file's records of the kinds that other records refer to or that carry identifiers of other systems (people,
/// sources, places, codes …: every kind but the engagements): what the rules across records read of the other
/// files. An edit of an engagement leaves it equal, so the index built from it stays cached.
/// </summary>
internal sealed record ReferableRecords(string Path, EquatableArray<BoundEntity> Records)
{
    public static ReferableRecords Of(BoundFile file, DatasetSchema schema)
    {
        var kinds = Kinds(schema);
        return new ReferableRecords(file.Path, file.Entities.Where(e => kinds.Contains(e.Key.EntityMetadataName)).ToEquatableArray());
    }

    /// <summary>The kinds some member refers to, and the kinds with members under a pattern or range rule (identifiers).</summary>
    internal static HashSet<string> Kinds(DatasetSchema schema)
    {
        var kinds = schema.KindsReferredTo();
        kinds.UnionWith(schema.Entities.Where(e => e.Members.Any(m => m.Rule is not null)).Select(e => e.MetadataName));
        kinds.IntersectWith(schema.Entities.Select(e => e.MetadataName));
        return kinds;
    }
}

/// <summary>
/// Every referable record of the dataset (<see cref="ReferableRecords"/>), in catalogue order (kind, then the
/// catalogue's sort key), with a lookup by key: the first declaration of a key is the one found, as in the catalogue.
/// Equal when the records are, so that the per-file rules across records run again only when one of them changes.
/// </summary>
internal sealed class ReferenceIndex : IEquatable<ReferenceIndex>
{
    /// <summary>No records: what a rule that reads no other record is given.</summary>
    public static readonly ReferenceIndex Empty = new(EquatableArray<BoundEntity>.Empty);

    private readonly EquatableArray<BoundEntity> _records;
    private readonly Dictionary<EntityKey, BoundEntity> _byKey = new();

    private ReferenceIndex(EquatableArray<BoundEntity> records)
    {
        _records = records;
        foreach (var record in records)
        {
            if (!_byKey.ContainsKey(record.Key))
            {
                _byKey.Add(record.Key, record);
            }
        }
    }

    public static ReferenceIndex Build(ImmutableArray<ReferableRecords> files) => Of(
        files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Records));

    /// <summary>From records in file order (ordinal path, then document order); sorted here by kind, then id.</summary>
    public static ReferenceIndex Of(IEnumerable<BoundEntity> records) => new(records
        .OrderBy(e => e.Key.EntityMetadataName, StringComparer.Ordinal)
        .ThenBy(e => e.Key.Id, StringComparer.Ordinal)
        .ToEquatableArray());

    /// <summary>Every referable record, with or without binding errors, in catalogue order.</summary>
    public EquatableArray<BoundEntity> Records => _records;

    /// <summary>The record of <paramref name="key"/>, with or without binding errors.</summary>
    public bool TryGet(EntityKey key, out BoundEntity entity) => _byKey.TryGetValue(key, out entity!);

    /// <summary>The record of <paramref name="key"/> when it bound without errors: rules that read other records read only those.</summary>
    public bool TryGetSound(EntityKey key, out BoundEntity entity) => TryGet(key, out entity) && !entity.HasErrors;

    public bool Equals(ReferenceIndex? other) => other is not null && _records.Equals(other._records);

    public override bool Equals(object? obj) => Equals(obj as ReferenceIndex);

    public override int GetHashCode() => _records.GetHashCode();
}
