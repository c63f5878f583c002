using System;
using System.Collections.Generic;

namespace DiplomacyData.Cli.Diff;

/// <summary>
/// One table of a release as the diff compares it: each row keyed by the values of the export specification's
/// primary key, each value as the exported text (null when the export has none).
/// </summary>
/// <param name="Name">The table's name in the export specification (<c>people</c>, <c>engagement_evidence</c>).</param>
/// <param name="PrimaryKey">The key columns, from the specification.</param>
/// <param name="Fields">Every field the rows may have, in file order; for JSON Lines the paths into nested lists (<c>roles[2].title</c>).</param>
/// <param name="Rows">Row by key (<see cref="RowKey"/>).</param>
/// <param name="Columns">
/// The table's fields by the export specification the release was written to, in file order: the CSV header; for
/// JSON Lines every key of a record or of an object inside it, lists' items written <c>[]</c> (<c>notes</c>,
/// <c>location.city</c>, <c>participants[].part</c>). The export writes every key of the specification, null or
/// not, so a key is a field whatever its value; a value (null or not) never makes or unmakes a field.
/// </param>
/// <param name="Objects">
/// The objects whose keys <paramref name="Columns"/> shows (<see cref="FieldPath.Parent"/>): <c>""</c> for the records
/// themselves once the file has a header or a record, <c>plover</c> once some record's <c>plover</c> is not null. The
/// keys of an object no record of the release holds (every <c>plover</c> null, no rows at all) are unknown, not absent.
/// </param>
internal sealed record SnapshotTable(
    string Name,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<string> Fields,
    IReadOnlyDictionary<RowKey, IReadOnlyDictionary<string, string?>> Rows,
    IReadOnlyList<string> Columns,
    IReadOnlySet<string> Objects);

/// <summary>The primary-key values of a row, in key order; compared by value.</summary>
internal sealed class RowKey : IEquatable<RowKey>, IComparable<RowKey>
{
    public RowKey(IReadOnlyList<string> values) => Values = values;

    public IReadOnlyList<string> Values { get; }

    /// <summary>How a person reads it: <c>sergey-lavrov</c>, or <c>lavrov-araghchi-talks-2025-04-18 / 2</c>.</summary>
    public override string ToString() => string.Join(" / ", Values);

    public bool Equals(RowKey? other)
    {
        if (other is null || other.Values.Count != Values.Count)
        {
            return false;
        }

        for (var i = 0; i < Values.Count; i++)
        {
            if (!string.Equals(Values[i], other.Values[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RowKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Key by key, a number as a number (position 10 after 9), anything else ordinally.</summary>
    public int CompareTo(RowKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(Values.Count, other.Values.Count); i++)
        {
            var order = int.TryParse(Values[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var left)
                && int.TryParse(other.Values[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var right)
                ? left.CompareTo(right)
                : string.CompareOrdinal(Values[i], other.Values[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return Values.Count.CompareTo(other.Values.Count);
    }
}
