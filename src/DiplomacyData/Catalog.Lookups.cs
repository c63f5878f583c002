using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading;

namespace DiplomacyData;

public static partial class Catalog
{
    private static FrozenDictionary<string, Engagement>? s_engagementById;
    private static FrozenDictionary<Person, Engagement[]>? s_engagementsByPerson;

    /// <summary>The engagement with this id, or null. A hashed lookup, built on first use.</summary>
    public static Engagement? FindEngagement(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var index = Volatile.Read(ref s_engagementById) ?? BuildIndex(ref s_engagementById, Engagements, e => e.Id);
        return index.TryGetValue(id, out var engagement) ? engagement : null;
    }

    /// <summary>
    /// Every engagement <paramref name="person"/> took part in, in catalogue order (by date). An index built
    /// on first use, so a query does not scan the catalogue.
    /// </summary>
    public static IReadOnlyList<Engagement> EngagementsOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var index = Volatile.Read(ref s_engagementsByPerson) ?? BuildParticipationIndex();
        return index.TryGetValue(person, out var engagements) ? Array.AsReadOnly(engagements) : Array.Empty<Engagement>();
    }

    /// <summary>
    /// Engagements whose <see cref="Engagement.Date"/> (their first day) lies between <paramref name="from"/> and
    /// <paramref name="to"/>, both inclusive, in catalogue order. Found by binary search on the date-ordered list.
    /// </summary>
    public static IReadOnlyList<Engagement> EngagementsBetween(DateOnly from, DateOnly to)
    {
        var all = Engagements;
        var start = FirstOnOrAfter(all, from);
        var end = to == DateOnly.MaxValue ? all.Count : FirstOnOrAfter(all, to.AddDays(1));
        return end <= start ? Array.Empty<Engagement>() : new ListSlice<Engagement>(all, start, end - start);
    }

    private static int FirstOnOrAfter(IReadOnlyList<Engagement> ordered, DateOnly day)
    {
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (ordered[middle].Date < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static FrozenDictionary<string, T> BuildIndex<T>(ref FrozenDictionary<string, T>? field, IReadOnlyList<T> items, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            index[key(item)] = item;
        }

        var frozen = index.ToFrozenDictionary(StringComparer.Ordinal);
        return Interlocked.CompareExchange(ref field, frozen, null) ?? frozen;
    }

    private static FrozenDictionary<Person, Engagement[]> BuildParticipationIndex()
    {
        // Handles are unique instances, so identity is the right key (and cheaper than record equality).
        var lists = new Dictionary<Person, List<Engagement>>(ReferenceEqualityComparer.Instance);
        foreach (var engagement in Engagements)
        {
            foreach (var participant in engagement.Participants)
            {
                if (!lists.TryGetValue(participant.Person, out var list))
                {
                    lists.Add(participant.Person, list = new List<Engagement>());
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], engagement))
                {
                    list.Add(engagement);
                }
            }
        }

        var arrays = new Dictionary<Person, Engagement[]>(lists.Count, ReferenceEqualityComparer.Instance);
        foreach (var (person, list) in lists)
        {
            arrays.Add(person, list.ToArray());
        }

        var frozen = arrays.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
        return Interlocked.CompareExchange(ref s_engagementsByPerson, frozen, null) ?? frozen;
    }
}
