using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Lookup;

/// <summary>
/// "Did you mean" candidates for a name that matched nothing: those that contain what was typed, or are a few
/// typing mistakes away from it (edit distance), nearest first.
/// </summary>
internal static class Suggestions
{
    /// <param name="query">What the user typed.</param>
    /// <param name="candidates">Each candidate's keys (id, names, aliases) and how to show it.</param>
    /// <param name="limit">At most this many suggestions.</param>
    public static IReadOnlyList<string> Closest(string query, IEnumerable<(IEnumerable<string> Keys, string Display)> candidates, int limit = 3)
    {
        var wanted = NameKey.Normalize(query);
        if (wanted.Length == 0)
        {
            return Array.Empty<string>();
        }

        var scored = new List<(int Score, string Display)>();
        foreach (var (keys, display) in candidates)
        {
            var best = int.MaxValue;
            foreach (var key in keys.Select(NameKey.Normalize).Where(k => k.Length > 0))
            {
                best = Math.Min(best, Score(wanted, key));
            }

            if (best != int.MaxValue)
            {
                scored.Add((best, display));
            }
        }

        return scored
            .OrderBy(s => s.Score)
            .ThenBy(s => s.Display, StringComparer.Ordinal)
            .Select(s => s.Display)
            .Distinct(StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>The lines printed under a "not found" error: the suggestions, or <paramref name="fallback"/> when there are none.</summary>
    public static IReadOnlyList<string> Hints(IReadOnlyList<string> suggestions, string fallback) =>
        suggestions.Count > 0
            ? suggestions.Select(s => "  " + s).Prepend("Did you mean:").ToList()
            : new[] { fallback };

    /// <summary>0 for containment either way, else the edit distance when small enough to be a typo; int.MaxValue otherwise.</summary>
    private static int Score(string wanted, string key)
    {
        if (wanted.Length >= 3 && (key.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(key, StringComparison.Ordinal)))
        {
            return 0;
        }

        var distance = EditDistance(wanted, key);
        var tolerance = Math.Max(1, Math.Min(wanted.Length, key.Length) / 3);
        return distance <= tolerance ? distance : int.MaxValue;
    }

    /// <summary>
    /// Edit distance counting an insertion, deletion, substitution or swap of two neighbouring letters as one
    /// mistake (optimal string alignment): "lsit" is one mistake from "list".
    /// </summary>
    internal static int EditDistance(string a, string b)
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
