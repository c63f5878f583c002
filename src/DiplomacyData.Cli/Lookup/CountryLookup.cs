using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Lookup;

/// <summary>A country by ISO alpha-3 (<c>IRN</c>), alpha-2 (<c>IR</c>), name or official name, ignoring case.</summary>
internal static class CountryLookup
{
    public static Country Resolve(Dataset data, string query)
    {
        var key = NameKey.Normalize(query);
        var found = data.Countries.FirstOrDefault(c =>
            new[] { c.Id, c.Alpha2, c.Name, c.OfficialName }.Any(k => NameKey.Normalize(k) == key));
        if (found is not null)
        {
            return found;
        }

        var suggestions = Suggestions.Closest(query, data.Countries.Select(c => (Keys(c), $"{c.Name} ({c.Id})")));
        throw new CliException(ExitCodes.NotFound, $"no country matches '{query}'.",
            Suggestions.Hints(suggestions, "Countries: " + string.Join(", ", data.Countries.Select(c => $"{c.Id} ({c.Name})"))));
    }

    private static IEnumerable<string> Keys(Country country) => new[] { country.Id, country.Alpha2, country.Name, country.OfficialName };
}
