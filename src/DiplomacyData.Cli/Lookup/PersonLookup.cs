using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Lookup;

/// <summary>
/// Resolves what a user types for a person: first <see cref="Catalog.FindPerson"/> (id, full or native name,
/// alias; tolerant of case, diacritics and hyphens), then a single name word when it picks one person only
/// (<c>lavrov</c>, <c>bagheri</c>). Anything else is a <see cref="CliException"/> with suggestions.
/// </summary>
internal static class PersonLookup
{
    public static Person Resolve(string query)
    {
        if (Catalog.FindPerson(query) is { } exact)
        {
            return exact;
        }

        var key = NameKey.Normalize(query);
        var byWord = key.Length == 0
            ? new List<Person>()
            : Catalog.People.Where(p => NameWords(p).Contains(key, StringComparer.Ordinal)).ToList();
        if (byWord.Count == 1)
        {
            return byWord[0];
        }

        if (byWord.Count > 1)
        {
            throw new CliException(ExitCodes.NotFound, $"'{query}' matches several people; give a full name or an id.",
                byWord.Select(p => "  " + Describe(p)).Prepend("Candidates:").ToList());
        }

        var suggestions = Suggestions.Closest(query, Catalog.People.Select(p => (Keys(p), Describe(p))));
        throw new CliException(ExitCodes.NotFound, $"no person matches '{query}'.", Suggestions.Hints(suggestions, "Run 'diplomacy people' to see everyone."));
    }

    public static string Describe(Person person) => $"{person.Name.Full} ({person.Id})";

    private static IEnumerable<string> Keys(Person person) =>
        new[] { person.Id, person.Name.Full, person.Name.Family, person.Name.Given }
            .Concat(person.Aliases)
            .Concat(person.Name.Native is { } native ? new[] { native } : Array.Empty<string>());

    private static IEnumerable<string> NameWords(Person person) =>
        new[] { person.Name.Full, person.Name.Family }
            .Concat(person.Aliases)
            .SelectMany(name => name.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries).Append(name))
            .Select(NameKey.Normalize)
            .Distinct(StringComparer.Ordinal);
}
