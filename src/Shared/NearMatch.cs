using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData;

/// <summary>
/// The one "did you mean" rule, linked into the dataset generator (unknown keys, enum values, ids) and the
/// <c>diplomacy</c> tool (unknown names, ids, commands), so that both suggest the same thing for the same typo.
/// </summary>
/// <remarks>
/// Names are compared as <see cref="NameKey"/> keys (case, diacritics, hyphens, apostrophes and spacing do
/// not count). A candidate qualifies, nearest first, when it is
/// <list type="number">
/// <item>the same key;</item>
/// <item>a start of what was typed or what was typed is a start of it (<c>publishedDate</c> extends
/// <c>published</c>; <c>pub</c> starts <c>publisher</c>);</item>
/// <item>contained in what was typed or containing it (<c>lavrov</c> in <c>sergeylavrov</c>);</item>
/// <item>a few typing mistakes away: an edit distance of at most a third of the shorter key, at least 1.</item>
/// </list>
/// Levels 2 and 3 need the shorter key to have 3 characters or more, so that one or two letters do not match
/// everything. Within a level, the smaller edit distance wins, then the candidates' own order.
/// </remarks>
internal static class NearMatch
{
    private const int MinimumPartLength = 3;

    /// <summary>The nearest candidate to <paramref name="typed"/>, or null when none qualifies.</summary>
    public static string? Best(string typed, IEnumerable<string> candidates) =>
        Rank(typed, candidates, candidate => new[] { candidate }).FirstOrDefault();

    /// <summary>The candidates that qualify, nearest first; a candidate counts by the nearest of its keys.</summary>
    /// <param name="typed">What the user or curator wrote.</param>
    /// <param name="candidates">What exists, in the order that breaks ties.</param>
    /// <param name="keys">The names a candidate answers to (id, names, aliases).</param>
    public static IReadOnlyList<T> Rank<T>(string typed, IEnumerable<T> candidates, Func<T, IEnumerable<string>> keys)
    {
        var wanted = NameKey.Normalize(typed);
        if (wanted.Length == 0)
        {
            return Array.Empty<T>();
        }

        var scored = new List<(int Level, int Distance, int Order, T Candidate)>();
        var order = 0;
        foreach (var candidate in candidates)
        {
            (int Level, int Distance)? best = null;
            foreach (var key in keys(candidate))
            {
                var normalized = NameKey.Normalize(key);
                if (normalized.Length > 0 && Closeness(wanted, normalized) is { } closeness && (best is null || closeness.CompareTo(best.Value) < 0))
                {
                    best = closeness;
                }
            }

            if (best is { } found)
            {
                scored.Add((found.Level, found.Distance, order, candidate));
            }

            order++;
        }

        return scored
            .OrderBy(s => s.Level)
            .ThenBy(s => s.Distance)
            .ThenBy(s => s.Order)
            .Select(s => s.Candidate)
            .ToList();
    }

    /// <summary>The level (0 to 3, see the remarks) and edit distance of two keys, or null when they are not near.</summary>
    private static (int Level, int Distance)? Closeness(string wanted, string key)
    {
        var distance = EditDistance(wanted, key);
        if (distance == 0)
        {
            return (0, 0);
        }

        var shorter = Math.Min(wanted.Length, key.Length);
        if (shorter >= MinimumPartLength)
        {
            if (wanted.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(wanted, StringComparison.Ordinal))
            {
                return (1, distance);
            }

            if (wanted.IndexOf(key, StringComparison.Ordinal) >= 0 || key.IndexOf(wanted, StringComparison.Ordinal) >= 0)
            {
                return (2, distance);
            }
        }

        return distance <= Math.Max(1, shorter / 3) ? (3, distance) : null;
    }

    /// <summary>
    /// Edit distance counting an insertion, deletion, substitution or swap of two neighbouring characters as one
    /// mistake (optimal string alignment): <c>lsit</c> is one mistake from <c>list</c>, <c>titel</c> from <c>title</c>.
    /// Compares characters as given (ordinal); callers compare name keys.
    /// </summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
