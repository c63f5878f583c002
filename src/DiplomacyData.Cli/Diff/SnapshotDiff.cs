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

            // Fields of the model: the columns of a flat table, the top-level keys of a JSON Lines record.
            var beforeColumns = (before?.Fields ?? []).Where(IsColumn).ToHashSet(StringComparer.Ordinal);
            var afterColumns = (after?.Fields ?? []).Where(IsColumn).ToHashSet(StringComparer.Ordinal);
            if (before is not null && after is not null)
            {
                columns.AddRange(after.Fields.Where(IsColumn).Where(f => !beforeColumns.Contains(f)).Select(f => new ColumnChange(ChangeKind.Added, name, f)));
                columns.AddRange(before.Fields.Where(IsColumn).Where(f => !afterColumns.Contains(f)).Select(f => new ColumnChange(ChangeKind.Removed, name, f)));
            }

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
                    // A field only one release has is reported once, as a column change, not again on every row.
                    var changed = fields
                        .Where(f => !IsColumn(f) || (beforeColumns.Contains(f) && afterColumns.Contains(f)))
                        .Select(f => new FieldChange(f, Value(oldRow!, f), Value(newRow!, f)))
                        .Where(c => !string.Equals(c.Old, c.New, StringComparison.Ordinal))
                        .ToList();
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

    /// <summary>A field of the record itself rather than a value inside one of its lists or objects.</summary>
    private static bool IsColumn(string field) => field.IndexOfAny(['[', '.']) < 0;

    private static string? Value(IReadOnlyDictionary<string, string?> row, string field) => row.TryGetValue(field, out var value) ? value : null;

    private static IEnumerable<(string Field, string? Value)> Values(IReadOnlyList<string> fields, IReadOnlyDictionary<string, string?> row, IReadOnlyList<string> primaryKey) =>
        fields.Where(f => row.ContainsKey(f) && !primaryKey.Contains(f)).Select(f => (f, row[f]));
}
