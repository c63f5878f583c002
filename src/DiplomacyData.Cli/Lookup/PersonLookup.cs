using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Lookup;

/// <summary>
/// Resolves what a user types for a person with the package's own lookup: <see cref="Catalog.FindPerson"/>, and
/// <see cref="Catalog.SearchPeople"/> for the candidates when it names several. Anything else is a
/// <see cref="CliException"/> with suggestions.
/// </summary>
internal static class PersonLookup
{
    public static Person Resolve(Dataset data, string query)
    {
        if (data.FindPerson(query) is { } person)
        {
            return person;
        }

        var candidates = data.SearchPeople(query);
        if (candidates.Count > 1)
        {
            throw new CliException(ExitCodes.NotFound, $"'{query}' matches several people; give a full name or an id.",
                candidates.Select(p => "  " + Describe(p)).Prepend("Candidates:").ToList());
        }

        var suggestions = Suggestions.Closest(query, data.People.Select(p => (Keys(p), Describe(p))));
        throw new CliException(ExitCodes.NotFound, $"no person matches '{query}'.", Suggestions.Hints(suggestions, "Run 'diplomacy people' to see everyone."));
    }

    public static string Describe(Person person) => $"{person.Name.Full} ({person.Id})";

    private static IEnumerable<string> Keys(Person person) =>
        new[] { person.Id, person.Name.Full, person.Name.Family, person.Name.Given }
            .Concat(person.Aliases)
            .Concat(person.Name.Native is { } native ? new[] { native } : Array.Empty<string>());
}
