using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Diff;

/// <summary>Reads the flat tables of a <c>csv/</c> export, each by the name and primary key the export specification gives it.</summary>
internal static class CsvSnapshot
{
    public static IReadOnlyList<SnapshotTable> Read(string folder)
    {
        var tables = new List<SnapshotTable>();
        foreach (var table in ExportTables.All)
        {
            var path = Path.Combine(folder, table.Name + ".csv");
            var numbers = table.Columns.Where(c => c.Type is ExportType.Number or ExportType.Integer).Select(c => c.Name).ToHashSet(System.StringComparer.Ordinal);
            tables.Add(File.Exists(path) ? ReadTable(path, table.Name, table.PrimaryKey, numbers) : Empty(table.Name, table.PrimaryKey));
        }

        return tables;
    }

    /// <param name="numbers">The columns the specification types as numbers: compared by value (<see cref="NumberText"/>).</param>
    private static SnapshotTable ReadTable(string path, string name, IReadOnlyList<string> primaryKey, IReadOnlySet<string> numbers)
    {
        try
        {
            return ReadRows(path, name, primaryKey, numbers);
        }
        catch (CsvHelperException failure)
        {
            var line = failure.Context?.Parser?.RawRow is { } row and > 0 ? string.Create(CultureInfo.InvariantCulture, $" line {row}") : string.Empty;
            throw new CliException(ExitCodes.InvalidInput, $"'{path}'{line} is not CSV as 'diplomacy export' writes it: {failure.Message.Split('\n')[0].Trim()}");
        }
    }

    private static SnapshotTable ReadRows(string path, string name, IReadOnlyList<string> primaryKey, IReadOnlySet<string> numbers)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new Dictionary<RowKey, IReadOnlyDictionary<string, string?>>();
        if (!csv.Read() || !csv.ReadHeader())
        {
            return Empty(name, primaryKey);
        }

        var header = csv.HeaderRecord ?? [];
        while (csv.Read())
        {
            // An empty field is null: the export never writes an empty string (the build rejects them, DD0107).
            var row = header.Select((field, i) => (field, value: csv.GetField(i)))
                .ToDictionary(p => p.field, p => string.IsNullOrEmpty(p.value) ? null : numbers.Contains(p.field) ? NumberText.ByValue(p.value) : p.value, System.StringComparer.Ordinal);
            var key = new RowKey(primaryKey.Select(k => row.TryGetValue(k, out var value) ? value ?? string.Empty : string.Empty).ToList());
            rows[key] = row;
        }

        // The header is the specification's columns, whatever the rows hold (an empty cell is a null value, not a missing column).
        return new SnapshotTable(name, primaryKey, header, rows, header, new HashSet<string>(System.StringComparer.Ordinal) { string.Empty });
    }

    /// <summary>A table the export has no file (or no header) for: no rows, and nothing known of its columns.</summary>
    private static SnapshotTable Empty(string name, IReadOnlyList<string> primaryKey) =>
        new(name, primaryKey, primaryKey, new Dictionary<RowKey, IReadOnlyDictionary<string, string?>>(), [], new HashSet<string>(System.StringComparer.Ordinal));
}
