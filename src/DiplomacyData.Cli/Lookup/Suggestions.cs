using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Lookup;

/// <summary>
/// "Did you mean" lines for a name, id or command that matched nothing, ranked by the rule the build's
/// diagnostics use (<see cref="NearMatch"/>): the names what was typed extends, starts or contains first, then
/// those a few typing mistakes away.
/// </summary>
internal static class Suggestions
{
    /// <param name="query">What the user typed.</param>
    /// <param name="candidates">Each candidate's keys (id, names, aliases) and how to show it.</param>
    /// <param name="limit">At most this many suggestions.</param>
    public static IReadOnlyList<string> Closest(string query, IEnumerable<(IEnumerable<string> Keys, string Display)> candidates, int limit = 3) =>
        NearMatch.Rank(query, candidates, candidate => candidate.Keys)
            .Select(candidate => candidate.Display)
            .Distinct(System.StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    /// <summary>The lines printed under a "not found" error: the suggestions, or <paramref name="fallback"/> when there are none.</summary>
    public static IReadOnlyList<string> Hints(IReadOnlyList<string> suggestions, string fallback) =>
        suggestions.Count > 0
            ? suggestions.Select(s => "  " + s).Prepend("Did you mean:").ToList()
            : new[] { fallback };
}
