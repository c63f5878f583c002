using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Bind;

/// <summary>A YAML value bound to its C# type. Value-equatable; carries where it came from for later rules.</summary>
internal abstract record BoundValue
{
    // The path and position are kept inline rather than as a LocationInfo: the pipeline keeps one bound value
    // per YAML value, and an extra object for each of them was a measurable part of the cold run's GC work.
    private readonly string _filePath;
    private readonly TextPosition _position;

    protected BoundValue(LocationInfo location)
    {
        _filePath = location.FilePath;
        _position = location.Position;
    }

    public LocationInfo Location => new(_filePath, _position);
}


internal sealed record NullValue(LocationInfo Location) : BoundValue(Location);

internal sealed record EnumValue(string EnumMetadataName, string Member, LocationInfo Location) : BoundValue(Location);

/// <summary>An id that resolved to an entity; emitted as that entity's typed handle.</summary>
internal sealed record ReferenceValue(EntityKey Target, LocationInfo Location) : BoundValue(Location);

internal sealed record ObjectValue(string RecordMetadataName, EquatableArray<BoundArgument> Arguments, LocationInfo Location) : BoundValue(Location)
{
    public BoundValue? this[string parameterName]
    {
        get
        {
            foreach (var argument in Arguments)
            {
                if (argument.ParameterName == parameterName)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }

    public string? Text(string parameterName) => this[parameterName] is ScalarValue scalar ? scalar.Text : null;
}

internal sealed record ListValue(TypeShape Element, EquatableArray<BoundValue> Items, LocationInfo Location) : BoundValue(Location);

internal sealed record BoundArgument(string ParameterName, BoundValue Value);

/// <summary>Identifies one entity across the pipeline: its record type and id.</summary>
/// <remarks>
/// Its hash is worked out once: the steps across files put every reference of the dataset (a million at 100,000
/// engagements) into sets, and hashing both strings each time was most of what such a step cost.
/// </remarks>
internal sealed record EntityKey(string EntityMetadataName, string Id)
{
    private int _hash;

    public bool Equals(EntityKey? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(EntityMetadataName, other.EntityMetadataName, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        var hash = _hash;
        if (hash == 0)
        {
            hash = unchecked((StringComparer.Ordinal.GetHashCode(EntityMetadataName) * -1521134295) + StringComparer.Ordinal.GetHashCode(Id));
            _hash = hash = hash == 0 ? 1 : hash;
        }

        return hash;
    }

    public override string ToString() => Id;

    /// <summary>Keys sorted by kind, then id (ordinal): the one order in which steps hand sets of keys on.</summary>
    public static EquatableArray<EntityKey> InOrder(IEnumerable<EntityKey> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var byKind = string.CompareOrdinal(a.EntityMetadataName, b.EntityMetadataName);
            return byKind != 0 ? byKind : string.CompareOrdinal(a.Id, b.Id);
        });
        return new EquatableArray<EntityKey>(sorted);
    }
}

/// <param name="HasErrors">Binding reported an error for it, so it is not emitted.</param>
/// <param name="References">Every entity it refers to, so that nothing referring to a dropped entity is emitted.</param>
internal sealed record BoundEntity(
    EntityKey Key,
    ObjectValue Value,
    bool HasErrors,
    EquatableArray<EntityKey> References);

/// <summary>One file after binding: its records (with or without errors), what its broken records refer to, and its problems.</summary>
/// <param name="AllValuesRead">
/// False when an error left some value unread (an unknown key, a wrong shape, a file that does not parse): what
/// that value refers to is unknown.
/// </param>
internal sealed record BoundFile(
    string Path,
    EquatableArray<BoundEntity> Entities,
    EquatableArray<EntityKey> ReferencesFromBrokenRecords,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool AllValuesRead);
