using System;
using System.Collections.Frozen;
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
    private static FrozenDictionary<string, Person>? s_personByName;


    /// <summary>
    /// Finds a person by id, full name or alias. Matching ignores case, diacritics, hyphens,
    /// apostrophes and white space, so <c>"Sergei Lavrov"</c>, <c>"sergey-lavrov"</c> and
    /// <c>"SERGEY  LAVROV"</c> all find <c>People.SergeyLavrov</c>.
    /// </summary>
    /// <returns>The person, or null when no id, name or alias matches.</returns>
    public static Person? FindPerson(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = Volatile.Read(ref s_personByName) ?? BuildPersonIndex();
        return index.TryGetValue(NameKey.Normalize(name), out var person) ? person : null;
    }

    private static FrozenDictionary<string, Person> BuildPersonIndex()
    {
        // The build rejects two people sharing a normalised name, so first-wins never hides data here.
        var index = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in People)
        {
            index.TryAdd(NameKey.Normalize(person.Id), person);
            index.TryAdd(NameKey.Normalize(person.Name.Full), person);
            if (person.Name.Native is { } native)
            {
                index.TryAdd(NameKey.Normalize(native), person);
            }

            foreach (var alias in person.Aliases)
            {
                index.TryAdd(NameKey.Normalize(alias), person);
            }
        }

        var frozen = index.ToFrozenDictionary(StringComparer.Ordinal);
        return Interlocked.CompareExchange(ref s_personByName, frozen, null) ?? frozen;
    }
}
