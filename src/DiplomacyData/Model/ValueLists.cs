using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// List members compared by their items, for the model's records: a record's generated equality compares an
/// <see cref="IReadOnlyList{T}"/> by reference, so two citations with the same passages in two arrays would differ.
/// The records with lists (<see cref="Citation"/>, <see cref="PloverCoding"/>, <see cref="Person"/>,
/// <see cref="Engagement"/>) define their equality with these; a test holds every record of the model to it.
/// </summary>
internal static class ValueLists
{
    /// <summary>Both null, or the same items in the same order (each compared by its own equality).</summary>
    public static bool Equal<T>(IReadOnlyList<T>? first, IReadOnlyList<T>? second)
    {
        if (ReferenceEquals(first, second))
        {
            return true;
        }

        if (first is null || second is null || first.Count != second.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < first.Count; i++)
        {
            if (!comparer.Equals(first[i], second[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash that equal lists share: their length (the items' hashes would walk whole records of records).</summary>
    public static int Hash<T>(IReadOnlyList<T>? list) => list?.Count ?? -1;
}
