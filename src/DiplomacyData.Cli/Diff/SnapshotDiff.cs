using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Diff;

/// <summary>
/// The differences between two releases, table by table, row by primary key, field by field: rows added,
/// removed and changed, and fields that only one release has.
/// </summary>
internal sealed record SnapshotDiff(ReleaseSnapshot Old, ReleaseSnapshot New, IReadOnlyList<RecordChange> Records, IReadOnlyList<ColumnChange> Columns)
{
    public bool IsEmpty => Records.Count == 0 && Columns.Count == 0;

    public static SnapshotDiff Compare(ReleaseSnapshot old, ReleaseSnapshot @new)
    {
        if (old.Format != @new.Format)
        {
            throw new ArgumentException($"the two releases are in different formats ({old.Format}, {@new.Format})", nameof(@new));
        }

        var records = new List<RecordChange>();
        var columns = new List<ColumnChange>();
        var names = old.Tables.Select(t => t.Name).Concat(@new.Tables.Select(t => t.Name)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var before = old.Tables.FirstOrDefault(t => t.Name == name);
            var after = @new.Tables.FirstOrDefault(t => t.Name == name);
            var primaryKey = (after ?? before)!.PrimaryKey;
            var beforeRows = before?.Rows ?? new Dictionary<RowKey, IReadOnlyDictionary<string, string?>>();
            var afterRows = after?.Rows ?? new Dictionary<RowKey, IReadOnlyDictionary<string, string?>>();
            var fields = (after?.Fields ?? []).Concat(before?.Fields ?? []).Distinct(StringComparer.Ordinal).ToList();

            // Fields of the specification that one release has and the other has not, reported once here and
            // left out of every row below; decided by the keys and headers, never by the values of a row.
            var changedColumns = before is not null && after is not null ? ColumnChanges(name, before, after) : [];
            columns.AddRange(changedColumns);
            var columnNames = changedColumns.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
            var compared = fields.Where(f => !FieldPath.SelfAndAncestors(FieldPath.Schema(f)).Any(columnNames.Contains)).ToList();

            foreach (var key in beforeRows.Keys.Concat(afterRows.Keys).Distinct().Order())
            {
                var inBefore = beforeRows.TryGetValue(key, out var oldRow);
                var inAfter = afterRows.TryGetValue(key, out var newRow);
                if (!inBefore)
                {
                    records.Add(new RecordChange(ChangeKind.Added, name, key, Values(fields, newRow!, primaryKey).Select(v => new FieldChange(v.Field, null, v.Value)).ToList()));
                }
                else if (!inAfter)
                {
                    records.Add(new RecordChange(ChangeKind.Removed, name, key, Values(fields, oldRow!, primaryKey).Select(v => new FieldChange(v.Field, v.Value, null)).ToList()));
                }
                else
                {
                    var changed = Changes(compared, oldRow!, newRow!);
                    if (changed.Count > 0)
                    {
                        records.Add(new RecordChange(ChangeKind.Changed, name, key, changed));
                    }
                }
            }
        }

        return new SnapshotDiff(old, @new, records, columns);
    }

    /// <summary>
    /// The record a row belongs to, as the changelog names it: an entity row is its own record; a row of a child
    /// table (<c>engagement_participants</c>) or a derived one (<c>dyads</c>) belongs to the record its first key
    /// column refers to, by the specification's foreign key.
    /// </summary>
    public static (string Table, string Id) RecordOf(string table, RowKey key)
    {
        var spec = ExportTables.All.FirstOrDefault(t => t.Name == table);
        if (spec is null || spec.PrimaryKey is ["id"])
        {
            return (table, key.Values[0]);
        }

        var parent = spec.ForeignKeys.FirstOrDefault(f => f.Fields.Count == 1 && f.Fields[0] == spec.PrimaryKey[0]);
        return parent is null ? (table, key.ToString()) : (parent.Table, key.Values[0]);
    }

    /// <summary>
    /// The fields of the specification that only one of the two releases has: a key is added or removed only where
    /// both releases show the object it belongs to (<see cref="SnapshotTable.Objects"/>), so that a <c>plover</c> null
    /// in every record of one release says nothing of its keys, and a key inside a field that is itself added is
    /// not reported again.
    /// </summary>
    private static List<ColumnChange> ColumnChanges(string table, SnapshotTable before, SnapshotTable after)
    {
        var beforeColumns = before.Columns.ToHashSet(StringComparer.Ordinal);
        var afterColumns = after.Columns.ToHashSet(StringComparer.Ordinal);
        bool BothShow(string column) => before.Objects.Contains(FieldPath.Parent(column)) && after.Objects.Contains(FieldPath.Parent(column));
        return after.Columns.Where(c => !beforeColumns.Contains(c) && BothShow(c)).Select(c => new ColumnChange(ChangeKind.Added, table, c))
            .Concat(before.Columns.Where(c => !afterColumns.Contains(c) && BothShow(c)).Select(c => new ColumnChange(ChangeKind.Removed, table, c)))
            .ToList();
    }

    /// <summary>
    /// The fields whose values differ between two versions of a row. A null value is a value: null on one side and a
    /// value on the other is a change of that field. Inside a list, an item one side has and the other has not differs
    /// even when its value is null (<c>[null]</c> against <c>[]</c>).
    /// </summary>
    private static List<FieldChange> Changes(IReadOnlyList<string> fields, IReadOnlyDictionary<string, string?> oldRow, IReadOnlyDictionary<string, string?> newRow)
    {
        HashSet<string>? oldItems = null;
        var changes = new List<FieldChange>();
        foreach (var field in fields)
        {
            var inOld = oldRow.TryGetValue(field, out var oldValue);
            var inNew = newRow.TryGetValue(field, out var newValue);
            var item = FieldPath.Item(field);
            if (string.Equals(oldValue, newValue, StringComparison.Ordinal) && (item is null || inOld == inNew))
            {
                continue;
            }

            var newItem = item is not null && inNew && !(oldItems ??= FieldPath.Items(oldRow.Keys)).Contains(item);
            changes.Add(new FieldChange(field, oldValue, newValue, newItem));
        }

        return changes;
    }

    private static string? Value(IReadOnlyDictionary<string, string?> row, string field) => row.TryGetValue(field, out var value) ? value : null;

    private static IEnumerable<(string Field, string? Value)> Values(IReadOnlyList<string> fields, IReadOnlyDictionary<string, string?> row, IReadOnlyList<string> primaryKey) =>
        fields.Where(f => row.ContainsKey(f) && !primaryKey.Contains(f)).Select(f => (f, row[f]));
}
