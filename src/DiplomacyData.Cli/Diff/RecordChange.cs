using System.Collections.Generic;

namespace DiplomacyData.Cli.Diff;

/// <summary>What happened to a row or a column between two releases.</summary>
internal enum ChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One field whose value differs; null for a value that is null or absent on that side.</summary>
/// <param name="InNewItem">The field is a value of a list item the older row does not have (<c>aliases[3]</c> where there were two): an item added to the list.</param>
internal sealed record FieldChange(string Field, string? Old, string? New, bool InNewItem = false);

/// <summary>A row of <paramref name="Table"/> added, removed or changed; for a change, the fields that differ, in file order.</summary>
internal sealed record RecordChange(ChangeKind Kind, string Table, RowKey Key, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// A field of a table (a column, or a key of an object inside its records: <c>location.place_id</c>) that the
/// specification of one release has and the other's has not: a field of the model added or removed.
/// </summary>
internal sealed record ColumnChange(ChangeKind Kind, string Table, string Field);
