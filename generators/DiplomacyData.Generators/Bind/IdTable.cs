using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// Every id of the dataset and the file that declares it first (files in ordinal path order, records in
/// document order): what binding one file needs to know of all the others. Positions are kept only for ids
/// declared more than once, to point at the first declaration, so that an edit which moves lines but changes
/// no id leaves the table equal and every other file's binding cached.
/// </summary>
internal sealed class IdTable : IEquatable<IdTable>
{
    private readonly EquatableArray<IdOwner> _owners;
    private readonly EquatableArray<FirstDeclaration> _repeated;
    private readonly EquatableArray<string> _unreadKinds;
    private readonly Dictionary<EntityKey, string> _ownerPaths = new();
    private readonly Dictionary<EntityKey, LocationInfo> _firstOfRepeated = new();
    private readonly Dictionary<string, List<string>> _idsByKind = new(StringComparer.Ordinal);

    private IdTable(EquatableArray<IdOwner> owners, EquatableArray<FirstDeclaration> repeated, EquatableArray<string> unreadKinds)
    {
        _owners = owners;
        _repeated = repeated;
        _unreadKinds = unreadKinds;
        foreach (var owner in owners)
        {
            _ownerPaths.Add(owner.Key, owner.Path);
            if (!_idsByKind.TryGetValue(owner.Key.EntityMetadataName, out var ids))
            {
                _idsByKind.Add(owner.Key.EntityMetadataName, ids = new List<string>());
            }

            ids.Add(owner.Key.Id);
        }

        foreach (var first in repeated)
        {
            _firstOfRepeated.Add(first.Key, first.Location);
        }
    }

    public static IdTable Build(ImmutableArray<DeclaredIds> files)
    {
        var owners = new List<IdOwner>();
        var firstSeen = new Dictionary<EntityKey, LocationInfo>();
        var repeated = new Dictionary<EntityKey, LocationInfo>();
        var unreadKinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            unreadKinds.UnionWith(file.UnreadKinds);
            foreach (var id in file.Ids)
            {
                if (firstSeen.TryGetValue(id.Key, out var first))
                {
                    repeated[id.Key] = first;
                    continue;
                }

                firstSeen.Add(id.Key, new LocationInfo(file.Path, id.Position));
                owners.Add(new IdOwner(id.Key, file.Path));
            }
        }

        var repeatedInOrder = owners.Where(o => repeated.ContainsKey(o.Key)).Select(o => new FirstDeclaration(o.Key, repeated[o.Key]));
        return new IdTable(owners.ToEquatableArray(), repeatedInOrder.ToEquatableArray(), unreadKinds.ToEquatableArray());
    }

    public bool Contains(EntityKey key) => _ownerPaths.ContainsKey(key);

    /// <summary>
    /// Some file may declare ids of this kind that could not be read (see <see cref="DeclaredIds.UnreadKinds"/>): an
    /// id of the kind that is not in the table may still exist, so its absence is not reported, the error that hid
    /// it is.
    /// </summary>
    public bool MayLack(string entityMetadataName)
    {
        foreach (var kind in _unreadKinds)
        {
            if (kind == DeclaredIds.AnyKind || kind == entityMetadataName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ids of one kind of record in declaration order, for "did you mean" suggestions.</summary>
    public IEnumerable<string> IdsOf(string entityMetadataName) =>
        _idsByKind.TryGetValue(entityMetadataName, out var ids) ? ids : Enumerable.Empty<string>();

    /// <summary>Where <paramref name="key"/> is declared first, when this declaration is a repeat of it; otherwise null.</summary>
    public LocationInfo? EarlierDeclaration(EntityKey key, string path, TextPosition position)
    {
        if (!_ownerPaths.TryGetValue(key, out var ownerPath) || !_firstOfRepeated.TryGetValue(key, out var first))
        {
            return null;
        }

        return ownerPath == path && first.Position == position ? null : first;
    }

    public bool Equals(IdTable? other) =>
        other is not null && _owners.Equals(other._owners) && _repeated.Equals(other._repeated) && _unreadKinds.Equals(other._unreadKinds);

    public override bool Equals(object? obj) => Equals(obj as IdTable);

    public override int GetHashCode() => _owners.GetHashCode();

    private readonly record struct IdOwner(EntityKey Key, string Path);

    private readonly record struct FirstDeclaration(EntityKey Key, LocationInfo Location);
}
