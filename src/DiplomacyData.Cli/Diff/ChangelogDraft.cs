using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DiplomacyData.Cli.Diff;

/// <summary>
/// The draft of a <c>data/CHANGELOG.md</c> entry for the newer release of a diff, in the form the build reads
/// (<c>## version - date</c>, then <c>Content hash: `sha256:…`</c>; data/CURATING.md, "Cutting a data release"),
/// with the version bumped by SemVer from the older release: major when a record or a field is removed, minor
/// when one is added (a list item such as an alias counts), patch for corrections. The lines name every record
/// touched; the curator rewrites them for users.
/// </summary>
internal static class ChangelogDraft
{
    public static string Write(SnapshotDiff diff, string oldVersion, string contentHash, DateOnly date)
    {
        var version = NextVersion(diff, oldVersion);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## {version} - {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Content hash: `{contentHash}`\n");

        var entities = diff.Records.Where(r => IsEntityRow(r)).ToList();
        var added = entities.Where(r => r.Kind == ChangeKind.Added).ToList();
        var removed = entities.Where(r => r.Kind == ChangeKind.Removed).ToList();
        var wholeRecords = added.Concat(removed).Select(r => (r.Table, r.Key.Values[0])).ToHashSet();

        // Every other change, grouped by the record it belongs to (a new alias is a change of its person).
        var changed = diff.Records
            .Where(r => !(IsEntityRow(r) && r.Kind != ChangeKind.Changed))
            .GroupBy(r => SnapshotDiff.RecordOf(r.Table, r.Key))
            .Where(g => !wholeRecords.Contains(g.Key))
            .ToList();

        Section(text, "Added",
            added.Select(r => $"- {r.Table}: `{r.Key}`{Name(r)}")
                .Concat(diff.Columns.Where(c => c.Kind == ChangeKind.Added).Select(c => $"- field `{c.Field}` of {c.Table}")));
        Section(text, "Changed", changed.Select(g => $"- {g.Key.Table}: `{g.Key.Id}`: {string.Join("; ", g.Select(Describe))}"));
        Section(text, "Removed",
            removed.Select(r => $"- {r.Table}: `{r.Key}`{Name(r)}")
                .Concat(diff.Columns.Where(c => c.Kind == ChangeKind.Removed).Select(c => $"- field `{c.Field}` of {c.Table}")));
        return text.ToString();
    }

    /// <summary>The version of the newer release by SemVer from <paramref name="oldVersion"/> (a release version, <c>1.0.0</c>).</summary>
    public static string NextVersion(SnapshotDiff diff, string oldVersion)
    {
        var parts = oldVersion.Split('.');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            throw new FormatException($"'{oldVersion}' is not a release version such as 1.0.0");
        }

        var (major, minor, patch) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        if (diff.Records.Any(r => r.Kind == ChangeKind.Removed && IsEntityRow(r)) || diff.Columns.Any(c => c.Kind == ChangeKind.Removed))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{major + 1}.0.0");
        }

        if (diff.Records.Any(r => r.Kind == ChangeKind.Added) || diff.Columns.Any(c => c.Kind == ChangeKind.Added) || diff.Records.Any(AddsListItem))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{major}.{minor + 1}.0");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.{patch + 1}");
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n### {heading}\n\n");
        foreach (var line in list)
        {
            text.Append(line).Append('\n');
        }
    }

    private static bool IsEntityRow(RecordChange change) => SnapshotDiff.RecordOf(change.Table, change.Key) == (change.Table, change.Key.Values[0]) && change.Key.Values.Count == 1;

    /// <summary>
    /// A JSON Lines record whose nested list grew: a value of an item the older record does not have. (A value given
    /// to a null field of an item both have is a correction, as the same change of a CSV child row is.)
    /// </summary>
    private static bool AddsListItem(RecordChange change) =>
        change.Kind == ChangeKind.Changed && change.Fields.Any(f => f.InNewItem);

    /// <summary>What changed in one row: its fields for a record, "row 2 added" for a list item of a flat table.</summary>
    private static string Describe(RecordChange change)
    {
        if (IsEntityRow(change))
        {
            return string.Join(", ", change.Fields.Select(f => f.Field));
        }

        var row = string.Join(" / ", change.Key.Values.Skip(1));
        return change.Kind switch
        {
            ChangeKind.Added => $"{change.Table} {row} added",
            ChangeKind.Removed => $"{change.Table} {row} removed",
            _ => $"{change.Table} {row}: {string.Join(", ", change.Fields.Select(f => f.Field))}",
        };
    }

    /// <summary>The record's name or title, when it has one, so the line reads without looking the id up.</summary>
    private static string Name(RecordChange change) =>
        change.Fields.FirstOrDefault(f => f.Field is "title" or "name" or "full_name") is { } field && (field.New ?? field.Old) is { } name ? $" ({name})" : string.Empty;
}
