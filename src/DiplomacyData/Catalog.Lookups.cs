using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace DiplomacyData;

public static partial class Catalog
{
    private static FrozenDictionary<string, Engagement>? s_engagementById;
    private static readonly EngagementIndex<Person> s_byPerson = new(e => e.Participants.Select(p => p.Person));
    private static readonly EngagementIndex<Country> s_byCountry = new(e => e.Participants.Select(p => p.Person.Country));
    private static readonly EngagementIndex<Source> s_bySource = new(e => e.Sources.Select(c => c.Source));
    private static readonly EngagementIndex<Topic> s_byTopic = new(e => e.Topics);
    private static readonly EngagementIndex<Organization> s_byForum = new(e => e.Forum is { } forum ? [forum] : []);

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
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static IReadOnlyList<Engagement> EngagementsOf(Person person) => s_byPerson.Of(person);

    /// <summary>
    /// Every engagement in which a participant from <paramref name="country"/> took part (as
    /// <see cref="Engagement.Involves(Country)"/>), in catalogue order. An index built on first use.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public static IReadOnlyList<Engagement> EngagementsOf(Country country) => s_byCountry.Of(country);

    /// <summary>
    /// Every engagement that <paramref name="source"/> reports (one of its <see cref="Engagement.Sources"/>), in
    /// catalogue order: what an article contributed to the dataset. An index built on first use.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static IReadOnlyList<Engagement> EngagementsOf(Source source) => s_bySource.Of(source);

    /// <summary>Every engagement that discussed <paramref name="topic"/>, in catalogue order. An index built on first use.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is null.</exception>
    public static IReadOnlyList<Engagement> EngagementsOf(Topic topic) => s_byTopic.Of(topic);

    /// <summary>
    /// Every engagement held in <paramref name="forum"/> (its <see cref="Engagement.Forum"/>: BRICS, a commission, the
    /// UN Security Council), in catalogue order. An index built on first use.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="forum"/> is null.</exception>
    public static IReadOnlyList<Engagement> EngagementsOf(Organization forum) => s_byForum.Of(forum);

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
}
