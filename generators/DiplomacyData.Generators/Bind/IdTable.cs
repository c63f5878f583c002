using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// Every id of the dataset and the file that declares it first (files in ordinal path order, records in
/// document order): what binding one file needs to know of all the others. Built from ids without positions, so that
/// an edit which moves lines but changes no id leaves it equal; the first declaration of an id declared more than
/// once is then located (<see cref="Locate"/>) for the message that points at it, in a step of its own whose result
/// is equal too unless such a declaration moves. Ids of one kind that a reader cannot tell
/// apart (the same UTS #39 skeleton: <c>talks-2024-l</c> and <c>talks-2024-1</c>) are kept too, each later one with
/// the first, for DD0214.
/// </summary>
internal sealed class IdTable : IEquatable<IdTable>
{
    private readonly EquatableArray<IdOwner> _owners;
    private readonly EquatableArray<FirstDeclaration> _repeated;
    private readonly EquatableArray<LocationInfo> _repeatedAt;
    private readonly EquatableArray<string> _unreadKinds;
    private readonly EquatableArray<LookAlike> _lookAlikes;
    private readonly Dictionary<EntityKey, string> _ownerPaths = new();
    private readonly Dictionary<EntityKey, IdOwner> _lookAlikeOf = new();
    private readonly Dictionary<EntityKey, LocationInfo> _firstOfRepeated = new();
    private readonly Dictionary<string, List<string>> _idsByKind = new(StringComparer.Ordinal);

    private IdTable(EquatableArray<IdOwner> owners, EquatableArray<FirstDeclaration> repeated, EquatableArray<LocationInfo> repeatedAt, EquatableArray<string> unreadKinds, EquatableArray<LookAlike> lookAlikes)
    {
        _owners = owners;
        _repeated = repeated;
        _repeatedAt = repeatedAt;
        _unreadKinds = unreadKinds;
        _lookAlikes = lookAlikes;
        foreach (var lookAlike in lookAlikes)
        {
            _lookAlikeOf.Add(lookAlike.Later, lookAlike.First);
        }

        foreach (var owner in owners)
        {
            _ownerPaths.Add(owner.Key, owner.Path);
            if (!_idsByKind.TryGetValue(owner.Key.EntityMetadataName, out var ids))
            {
                _idsByKind.Add(owner.Key.EntityMetadataName, ids = new List<string>());
            }

            ids.Add(owner.Key.Id);
        }

        for (var i = 0; i < repeated.Count; i++)
        {
            _firstOfRepeated.Add(repeated[i].Key, i < repeatedAt.Count ? repeatedAt[i] : new LocationInfo(repeated[i].Path, default));
        }
    }

    public static IdTable Build(ImmutableArray<DeclaredIds> files)
    {
        var owners = new List<IdOwner>();
        var firstSeen = new Dictionary<EntityKey, FirstDeclaration>();
        var repeated = new HashSet<EntityKey>();
        var unreadKinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            unreadKinds.UnionWith(file.UnreadKinds);
            for (var i = 0; i < file.Ids.Count; i++)
            {
                var key = file.Ids[i];
                if (firstSeen.ContainsKey(key))
                {
                    repeated.Add(key);
                    continue;
                }

                firstSeen.Add(key, new FirstDeclaration(key, file.Path, i));
                owners.Add(new IdOwner(key, file.Path));
            }
        }

        var repeatedInOrder = owners.Where(o => repeated.Contains(o.Key)).Select(o => firstSeen[o.Key]);
        return new IdTable(owners.ToEquatableArray(), repeatedInOrder.ToEquatableArray(), EquatableArray<LocationInfo>.Empty, unreadKinds.ToEquatableArray(), LookAlikes(owners));
    }

    /// <summary>
    /// This table with the first declaration of each id declared more than once located, for DD0201's "also defined
    /// at": the files that hold one are read for their ids' positions again. The same table when no id is repeated.
    /// </summary>
    public IdTable Locate(ImmutableArray<ParsedYamlFile> files, DatasetSchema schema)
    {
        if (_repeated.IsEmpty)
        {
            return this;
        }

        var byPath = new Dictionary<string, ParsedYamlFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath[file.Path] = file;
        }

        var positions = new Dictionary<string, IReadOnlyList<DeclaredId>>(StringComparer.Ordinal);
        var located = new List<LocationInfo>(_repeated.Count);
        foreach (var first in _repeated)
        {
            if (!positions.TryGetValue(first.Path, out var ids))
            {
                ids = byPath.TryGetValue(first.Path, out var file) ? DeclaredIds.WithPositions(file, schema) : Array.Empty<DeclaredId>();
                positions.Add(first.Path, ids);
            }

            located.Add(new LocationInfo(first.Path, first.Ordinal < ids.Count ? ids[first.Ordinal].Position : default));
        }

        return new IdTable(_owners, _repeated, located.ToEquatableArray(), _unreadKinds, _lookAlikes);
    }

    /// <summary>Each id whose skeleton an earlier id of its kind has, with that first id.</summary>
    private static EquatableArray<LookAlike> LookAlikes(List<IdOwner> owners)
    {
        var first = new Dictionary<(string Kind, string Skeleton), IdOwner>();
        var lookAlikes = new List<LookAlike>();
        foreach (var owner in owners)
        {
            var skeleton = (owner.Key.EntityMetadataName, Confusables.Skeleton(owner.Key.Id));
            if (first.TryGetValue(skeleton, out var earlier))
            {
                lookAlikes.Add(new LookAlike(owner.Key, earlier));
            }
            else
            {
                first.Add(skeleton, owner);
            }
        }

        return lookAlikes.ToEquatableArray();
    }

    /// <summary>The id of the same kind that <paramref name="key"/> looks like and the file that declares it, when an earlier one does.</summary>
    public (string Id, string Path)? LookAlikeOf(EntityKey key) =>
        _lookAlikeOf.TryGetValue(key, out var first) ? (first.Key.Id, first.Path) : null;

    public bool Contains(EntityKey key) => _ownerPaths.ContainsKey(key);

    /// <summary>How many distinct ids the dataset declares.</summary>
    public int Count => _owners.Count;

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
        other is not null && _owners.Equals(other._owners) && _repeated.Equals(other._repeated) && _repeatedAt.Equals(other._repeatedAt) && _unreadKinds.Equals(other._unreadKinds) && _lookAlikes.Equals(other._lookAlikes);

    public override bool Equals(object? obj) => Equals(obj as IdTable);

    public override int GetHashCode() => _owners.GetHashCode();

    private readonly record struct IdOwner(EntityKey Key, string Path);

    /// <summary>The first declaration of an id: its file and the id's index among the file's (<see cref="DeclaredIds.Ids"/>).</summary>
    private readonly record struct FirstDeclaration(EntityKey Key, string Path, int Ordinal);

    private readonly record struct LookAlike(EntityKey Later, IdOwner First);
}
