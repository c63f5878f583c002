using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace DiplomacyData;

/// <summary>
/// The engagements of each record of one kind (a person, a source, a topic …), in catalogue order, built on first
/// use from <see cref="Catalog.Engagements"/> in one pass and kept: a lookup reads one list instead of scanning the
/// catalogue. Records are keyed by identity, as the catalogue's handles are unique instances; a record built by hand
/// that is equal to one of the catalogue's is looked up by value.
/// </summary>
internal sealed class EngagementIndex<TKey>(Func<Engagement, IEnumerable<TKey>> keysOf)
    where TKey : class
{
    private FrozenDictionary<TKey, Engagement[]>? _byIdentity;
    private FrozenDictionary<TKey, Engagement[]>? _byValue;

    /// <summary>The engagements of <paramref name="key"/>; empty when it has none.</summary>
    public IReadOnlyList<Engagement> Of(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var byIdentity = Volatile.Read(ref _byIdentity) ?? Build(ReferenceEqualityComparer.Instance, ref _byIdentity);
        if (byIdentity.TryGetValue(key, out var engagements))
        {
            return Array.AsReadOnly(engagements);
        }

        var byValue = Volatile.Read(ref _byValue) ?? Build(EqualityComparer<TKey>.Default, ref _byValue);
        return byValue.TryGetValue(key, out engagements) ? Array.AsReadOnly(engagements) : Array.Empty<Engagement>();
    }

    private FrozenDictionary<TKey, Engagement[]> Build(IEqualityComparer<TKey> comparer, ref FrozenDictionary<TKey, Engagement[]>? field)
    {
        var lists = new Dictionary<TKey, List<Engagement>>(comparer);
        foreach (var engagement in Catalog.Engagements)
        {
            foreach (var key in keysOf(engagement))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists.Add(key, list = new List<Engagement>());
                }

                // A key met twice in one engagement (two participants of one country) lists it once.
                if (list.Count == 0 || !ReferenceEquals(list[^1], engagement))
                {
                    list.Add(engagement);
                }
            }
        }

        var frozen = lists.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), comparer);
        return Interlocked.CompareExchange(ref field, frozen, null) ?? frozen;
    }
}
