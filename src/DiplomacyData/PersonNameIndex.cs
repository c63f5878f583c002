using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;

namespace DiplomacyData;

/// <summary>How well a query matches a person; lower is better. The order of <see cref="Catalog.SearchPeople"/>.</summary>
internal enum PersonMatchRank
{
    /// <summary>The whole id, full name, native-script name or an alias.</summary>
    WholeName = 0,

    /// <summary>The family name (<c>Lavrov</c>, <c>Bagheri Kani</c>).</summary>
    FamilyName = 1,

    /// <summary>One or more consecutive words of the full name, native name or an alias (<c>Kani</c>, <c>Raeisi</c>, <c>Лавров</c>).</summary>
    NamePart = 2,
}

/// <summary>
/// Every person under every <see cref="NameKey"/> they answer to, by <see cref="PersonMatchRank"/>: the one
/// lookup behind <see cref="Catalog.FindPerson"/>, <see cref="Catalog.SearchPeople"/> and the <c>diplomacy</c> tool.
/// </summary>
internal sealed class PersonNameIndex
{
    private static readonly PersonMatchRank[] s_ranks = (PersonMatchRank[])Enum.GetValues(typeof(PersonMatchRank));

    private readonly FrozenDictionary<string, Person[]>[] _byRank;

    public PersonNameIndex(IEnumerable<Person> people)
    {
        var builders = new Dictionary<string, List<Person>>[s_ranks.Length];
        for (var i = 0; i < builders.Length; i++)
        {
            builders[i] = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        }

        foreach (var person in people)
        {
            foreach (var name in WholeNames(person))
            {
                Add(builders[(int)PersonMatchRank.WholeName], NameKey.Normalize(name), person);
                foreach (var part in Parts(name))
                {
                    Add(builders[(int)PersonMatchRank.NamePart], part, person);
                }
            }

            Add(builders[(int)PersonMatchRank.FamilyName], NameKey.Normalize(person.Name.Family), person);
        }

        _byRank = new FrozenDictionary<string, Person[]>[builders.Length];
        for (var i = 0; i < builders.Length; i++)
        {
            var arrays = new Dictionary<string, Person[]>(builders[i].Count, StringComparer.Ordinal);
            foreach (var (key, list) in builders[i])
            {
                list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
                arrays.Add(key, list.ToArray());
            }

            _byRank[i] = arrays.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>The people of the best rank that matches, or none: one element means the query names one person.</summary>
    public IReadOnlyList<Person> Best(string query)
    {
        var key = NameKey.Normalize(query);
        if (key.Length > 0)
        {
            foreach (var index in _byRank)
            {
                if (index.TryGetValue(key, out var people))
                {
                    return people;
                }
            }
        }

        return Array.Empty<Person>();
    }

    /// <summary>Every person that matches at any rank, best rank first, then by id (ordinal); each person once.</summary>
    public IReadOnlyList<Person> All(string query)
    {
        var key = NameKey.Normalize(query);
        if (key.Length == 0)
        {
            return Array.Empty<Person>();
        }

        var found = new List<Person>();

        var seen = new HashSet<Person>(ReferenceEqualityComparer.Instance);
        foreach (var index in _byRank)
        {
            if (index.TryGetValue(key, out var people))
            {
                foreach (var person in people)
                {
                    if (seen.Add(person))
                    {
                        found.Add(person);
                    }
                }
            }
        }

        return found.AsReadOnly();
    }

    private static IEnumerable<string> WholeNames(Person person)
    {
        yield return person.Id;
        yield return person.Name.Full;
        if (person.Name.Native is { } native)
        {
            yield return native;
        }

        foreach (var alias in person.Aliases)
        {
            yield return alias;
        }
    }

    // Keys of every run of consecutive words, the whole name included: words are separated by white space
    // and dashes, so "Amir-Abdollahian" has the parts "Amir" and "Abdollahian".
    private static IEnumerable<string> Parts(string name)
    {
        var words = Words(name);
        for (var first = 0; first < words.Count; first++)
        {
            var run = string.Empty;
            for (var last = first; last < words.Count; last++)
            {
                run += words[last];
                yield return run;
            }
        }
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || char.IsWhiteSpace(name[i]) || CharUnicodeInfo.GetUnicodeCategory(name[i]) == UnicodeCategory.DashPunctuation)
            {
                var key = NameKey.Normalize(name.Substring(start, i - start));
                if (key.Length > 0)
                {
                    words.Add(key);
                }

                start = i + 1;
            }
        }

        return words;
    }

    private static void Add(Dictionary<string, List<Person>> index, string key, Person person)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var people))
        {
            index.Add(key, people = new List<Person>());
        }

        if (!people.Exists(p => ReferenceEquals(p, person)))
        {
            people.Add(person);
        }
    }
}
