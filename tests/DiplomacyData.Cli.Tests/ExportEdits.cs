using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using CsvHelper;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Exports of the data made and edited as another release would have them (a record changed, a value nulled, a
/// field dropped), and the lines of <c>diplomacy diff</c>'s table: what the diff tests share.
/// </summary>
internal static class ExportEdits
{
    public static void ExportTo(string directory, string format) =>
        CliRun.Expect(ExitCodes.Success, "export", "--format", format, "-o", directory);

    public static List<JsonObject> Records(string directory, string format, string file) =>
        File.ReadAllLines(Path.Combine(directory, format, file)).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    public static void WriteRecords(string directory, string format, string file, List<JsonObject> records) =>
        File.WriteAllText(Path.Combine(directory, format, file), string.Concat(records.Select(r => r.ToJsonString() + "\n")));

    /// <summary>A CSV table of an export as its header and rows of cells exactly as written (an empty cell as "").</summary>
    public static (List<string> Header, List<List<string>> Rows) Table(string directory, string table)
    {
        using var reader = new StreamReader(Path.Combine(directory, "csv", table + ".csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!.ToList();
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, header.Count).Select(i => csv.GetField(i) ?? string.Empty).ToList());
        }

        return (header, rows);
    }

    public static void WriteTable(string directory, string table, List<string> header, List<List<string>> rows)
    {
        using var writer = new StreamWriter(Path.Combine(directory, "csv", table + ".csv"));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    /// <summary>Writes the release version (and content hash, or none) into an export's datapackage.json, as another release's export would hold them.</summary>
    public static void SetRelease(string directory, string version, string? hash)
    {
        var path = Path.Combine(directory, "datapackage.json");
        var descriptor = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        descriptor["version"] = version;
        descriptor["contentHash"] = hash;
        File.WriteAllText(path, descriptor.ToJsonString());
    }

    /// <summary>The table line whose cells start with <paramref name="cells"/> (columns separated by two or more spaces); fails, showing the table, when there is none.</summary>
    public static string Row(string table, params string[] cells)
    {
        var row = FindRow(table, cells);
        row.ShouldNotBeNull($"no row {string.Join(" | ", cells)} in:\n{table}");
        return row;
    }

    /// <summary>The table line whose cells start with <paramref name="cells"/>, or null.</summary>
    public static string? FindRow(string table, params string[] cells) =>
        CliRun.Lines(table).FirstOrDefault(line =>
        {
            var columns = System.Text.RegularExpressions.Regex.Split(line.Trim(), " {2,}");
            return columns.Length >= cells.Length && cells.Select((c, i) => columns[i] == c).All(x => x);
        });
}
