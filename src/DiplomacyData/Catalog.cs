using System;
using System.Collections.Generic;
using System.Threading;

namespace DiplomacyData;

/// <summary>
/// The whole dataset. The lists are generated at build time from the curated YAML; engagements are
/// ordered by date, everything else by id. Every element is the same instance as its typed handle
/// (<c>People.SergeyLavrov</c>, <c>Countries.Iran</c> …).
/// </summary>
public static partial class Catalog
{
    private static PersonNameIndex? s_personNames;

    /// <summary>
    /// The one person <paramref name="name"/> names, or null. Tried in this order, and the first that matches
    /// anybody decides: (1) the whole id, full name, native-script name or an alias; (2) the family name
    /// (<c>"Lavrov"</c>, <c>"Bagheri Kani"</c>); (3) one or more consecutive words of the full name, native name
    /// or an alias (<c>"Kani"</c>, <c>"Raeisi"</c>, <c>"Лавров"</c>). When that first matching step finds more
    /// than one person (<c>"Ali"</c>), the result is null: use <see cref="SearchPeople"/> to see them.
    /// </summary>
    /// <remarks>
    /// Names are compared by a key that ignores case, diacritics, white space, hyphens and other punctuation,
    /// apostrophe-like marks (<c>Ja'fari</c>, <c>Jaʼfari</c>, <c>Jaʿfari</c>), Arabic and Persian letter variants
    /// (<c>ي/ی</c>, <c>ك/ک</c>, <c>ة/ه</c>, hamza forms, harakat, tatweel) and the script of digits; the build
    /// (DD0206) rejects two people whose names or aliases have the same key. The index is built on first use.
    /// </remarks>
    /// <param name="name">What a user typed: any case, spacing or transliteration the dataset records.</param>
    /// <returns>The person, or null when nothing matches or the best match is shared by several people.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Person? FindPerson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var best = PersonNames.Best(name);
        return best.Count == 1 ? best[0] : null;
    }

    /// <summary>
    /// Every person <paramref name="query"/> could name, ranked: first those whose whole id, full name, native
    /// name or alias it is, then those whose family name it is, then those with it as one or more consecutive
    /// words of a name; within a rank by id (ordinal). Each person appears once, at their best rank. Names
    /// are compared as by <see cref="FindPerson"/>, which returns the single person of the first rank that
    /// matches anybody.
    /// </summary>
    /// <param name="query">A name, part of a name, id or alias, in any case, spacing or transliteration the dataset records.</param>
    /// <returns>The candidates (the same instances as <see cref="People"/>); empty when nothing matches or
    /// <paramref name="query"/> has no letters or digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static IReadOnlyList<Person> SearchPeople(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PersonNames.All(query);
    }

    private static PersonNameIndex PersonNames
    {
        get
        {
            if (Volatile.Read(ref s_personNames) is { } index)
            {
                return index;
            }

            var built = new PersonNameIndex(People);
            return Interlocked.CompareExchange(ref s_personNames, built, null) ?? built;
        }
    }
}
