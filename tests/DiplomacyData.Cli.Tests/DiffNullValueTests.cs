using System.Text.Json.Nodes;
using static DiplomacyData.Cli.Tests.ExportEdits;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// A null value is a value, not a missing field: which fields a table has is decided by the export specification
/// (the keys every JSON Lines record carries, the CSV header), never by the values of one row. Coding a value
/// where a release had null, or the reverse, is a change of that record (a patch, or a minor release when it adds
/// an item to a list, in JSON Lines and CSV alike); a field is added or removed only when the specification is.
/// </summary>
public class DiffNullValueTests
{
    private const string NewHash = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    [Fact]
    public void Json_lines_a_value_coded_where_the_older_release_had_null_is_a_patch_not_a_removed_field()
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, "jsonl");
        var (coded, id) = CodedEngagements(@new);
        coded[0]["plover"]!["context"] = new JsonArray();
        var before = Copy(coded);
        before[0]["plover"] = null;
        WriteRecords(@new, "jsonl", "engagements.jsonl", coded);
        WriteRecords(old, "jsonl", "engagements.jsonl", before);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        NoFieldChanges(table);
        Row(table, "changed", "engagements", id, "plover.event").ShouldContain((string)coded[0]["plover"]!["event"]!);

        var draft = Changelog(old, @new);
        draft.ShouldStartWith("## 4.1.1 - ");
        draft.ShouldContain($"- engagements: `{id}`: plover.event");
        draft.ShouldNotContain("field `");
    }

    [Fact]
    public void Json_lines_a_value_set_to_null_is_a_patch_not_an_added_field()
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, "jsonl");
        var (coded, id) = CodedEngagements(@new);
        coded[0]["plover"]!["context"] = new JsonArray();
        var after = Copy(coded);
        after[0]["plover"] = null;
        WriteRecords(old, "jsonl", "engagements.jsonl", coded);
        WriteRecords(@new, "jsonl", "engagements.jsonl", after);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        NoFieldChanges(table);
        Row(table, "changed", "engagements", id, "plover.event");

        Changelog(old, @new).ShouldStartWith("## 4.1.1 - ");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Coding_a_record_with_items_of_a_list_is_a_minor_release_in_both_formats(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, format);
        string id;
        if (format == "jsonl")
        {
            var (coded, first) = CodedEngagements(@new, withContext: true);
            id = first;
            var before = Copy(coded);
            before[0]["plover"] = null;
            WriteRecords(@new, "jsonl", "engagements.jsonl", coded);
            WriteRecords(old, "jsonl", "engagements.jsonl", before);
        }
        else
        {
            id = CsvEngagementWithContexts(@new);
            UncodeCsv(old, id);
        }

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        NoFieldChanges(table);

        var draft = Changelog(old, @new);
        draft.ShouldStartWith("## 4.2.0 - ");
        draft.ShouldContain($"- engagements: `{id}`: ");
        draft.ShouldNotContain("field `");
    }

    [Fact]
    public void Csv_a_value_coded_where_the_older_release_had_an_empty_cell_and_the_reverse_are_patches()
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, "csv");
        var id = CsvEngagementWithContexts(@new);
        // Contexts dropped on both sides, so that only the engagement's own cells differ.
        DropContexts(old, id);
        DropContexts(@new, id);
        var (header, rows) = Table(@new, "engagements");
        var row = rows.Single(r => r[header.IndexOf("id")] == id);
        var coded = row[header.IndexOf("plover_event")];
        row[header.IndexOf("plover_event")] = string.Empty;
        row[header.IndexOf("plover_mode")] = string.Empty;
        WriteTable(old, "engagements", header, rows);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        NoFieldChanges(table);
        Row(table, "changed", "engagements", id, "plover_event", "-", coded);
        Changelog(old, @new).ShouldStartWith("## 4.1.1 - ");

        var reverse = CliRun.Expect(ExitCodes.Success, "diff", @new, old).Out;
        NoFieldChanges(reverse);
        Row(reverse, "changed", "engagements", id, "plover_event", coded, "-");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void A_value_given_to_a_null_field_of_a_list_item_is_a_patch_not_an_item_added(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, format);
        string id;
        if (format == "jsonl")
        {
            var engagements = Records(@new, "jsonl", "engagements.jsonl");
            id = (string)engagements[0]["id"]!;
            engagements[0]["participants"]![0]!["reported_title"] = "A Reported Title";
            WriteRecords(@new, "jsonl", "engagements.jsonl", engagements);
            engagements[0]["participants"]![0]!["reported_title"] = null;
            WriteRecords(old, "jsonl", "engagements.jsonl", engagements);
        }
        else
        {
            var (header, rows) = Table(@new, "engagement_participants");
            id = rows[0][header.IndexOf("engagement_id")];
            rows[0][header.IndexOf("reported_title")] = "A Reported Title";
            WriteTable(@new, "engagement_participants", header, rows);
            rows[0][header.IndexOf("reported_title")] = string.Empty;
            WriteTable(old, "engagement_participants", header, rows);
        }

        NoFieldChanges(CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out);
        var draft = Changelog(old, @new);
        draft.ShouldStartWith("## 4.1.1 - ");
        draft.ShouldContain($"- engagements: `{id}`: ");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void A_field_removed_from_the_specification_is_one_removed_field_and_a_major_release(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, format);
        DropField(@new, format, "engagements", "notes");

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        Row(table, "removed field", "engagements", "notes");
        FindRow(table, "changed").ShouldBeNull(table);
        var draft = Changelog(old, @new);
        draft.ShouldStartWith("## 5.0.0 - ");
        draft.ShouldContain("- field `notes` of engagements");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void A_field_added_to_the_specification_is_one_added_field_and_a_minor_release(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, format);
        DropField(old, format, "engagements", "notes");

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        Row(table, "added field", "engagements", "notes");
        FindRow(table, "changed").ShouldBeNull(table);
        Changelog(old, @new).ShouldStartWith("## 4.2.0 - ");
    }

    [Fact]
    public void Json_lines_a_field_added_inside_a_nested_object_is_one_added_field_not_a_change_of_every_row()
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, "jsonl");
        var engagements = Records(old, "jsonl", "engagements.jsonl");
        engagements.Count(e => e["location"] is JsonObject).ShouldBeGreaterThan(0, "the data has an engagement with a location");
        foreach (var location in engagements.Select(e => e["location"]).OfType<JsonObject>())
        {
            location.Remove("place_id");
        }

        WriteRecords(old, "jsonl", "engagements.jsonl", engagements);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        Row(table, "added field", "engagements", "location.place_id");
        FindRow(table, "changed").ShouldBeNull(table);
        Changelog(old, @new).ShouldStartWith("## 4.2.0 - ");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void A_table_whose_every_record_was_removed_has_its_records_removed_not_its_fields(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = Releases(temp, format);
        var topics = format == "jsonl" ? Records(old, "jsonl", "topics.jsonl").Count : Table(old, "topics").Rows.Count;
        if (format == "jsonl")
        {
            WriteRecords(@new, "jsonl", "topics.jsonl", []);
        }
        else
        {
            var (header, _) = Table(@new, "topics");
            WriteTable(@new, "topics", header, []);
        }

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        NoFieldChanges(table);
        CliRun.Lines(table).Count(line => line.StartsWith("removed  ", StringComparison.Ordinal) && line.Contains(" topics ", StringComparison.Ordinal)).ShouldBe(topics, table);
    }

    /// <summary>Two exports of this tool's data in <paramref name="format"/>, the older recorded as release 4.1.0 and the newer with a hash, ready to be edited.</summary>
    private static (string Old, string New) Releases(TempDirectory temp, string format)
    {
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        ExportTo(old, format);
        ExportTo(@new, format);
        SetRelease(old, "4.1.0", null);
        SetRelease(@new, "4.2.0-dev.1", NewHash);
        return (old, @new);
    }

    /// <summary>
    /// The engagements of the export that are PLOVER-coded (with contexts, when asked), and only those: so that in
    /// the newer release no record has <c>plover: null</c>, and the one the test nulls is the only null there is.
    /// </summary>
    private static (List<JsonObject> Coded, string FirstId) CodedEngagements(string directory, bool withContext = false)
    {
        var coded = Records(directory, "jsonl", "engagements.jsonl")
            .Where(e => e["plover"] is JsonObject plover && (!withContext || plover["context"]!.AsArray().Count > 0))
            .ToList();
        coded.ShouldNotBeEmpty("the data has a PLOVER-coded engagement");
        return (coded, (string)coded[0]["id"]!);
    }

    /// <summary>An engagement whose PLOVER coding has contexts in the CSV tables.</summary>
    private static string CsvEngagementWithContexts(string directory)
    {
        var (header, rows) = Table(directory, "engagement_plover_contexts");
        rows.ShouldNotBeEmpty("the data has a PLOVER context");
        return rows[0][header.IndexOf("engagement_id")];
    }

    /// <summary>The engagement's PLOVER coding made null in a CSV export: its cells emptied, its context rows removed.</summary>
    private static void UncodeCsv(string directory, string id)
    {
        var (header, rows) = Table(directory, "engagements");
        var row = rows.Single(r => r[header.IndexOf("id")] == id);
        row[header.IndexOf("plover_event")] = string.Empty;
        row[header.IndexOf("plover_mode")] = string.Empty;
        WriteTable(directory, "engagements", header, rows);
        DropContexts(directory, id);
    }

    private static void DropContexts(string directory, string id)
    {
        var (header, rows) = Table(directory, "engagement_plover_contexts");
        WriteTable(directory, "engagement_plover_contexts", header, rows.Where(r => r[header.IndexOf("engagement_id")] != id).ToList());
    }

    /// <summary>A field of a table removed as a release without it in its specification would have it: the key of every record, or the CSV column.</summary>
    private static void DropField(string directory, string format, string table, string field)
    {
        if (format == "jsonl")
        {
            var records = Records(directory, "jsonl", table + ".jsonl");
            foreach (var record in records)
            {
                record.Remove(field).ShouldBeTrue();
            }

            WriteRecords(directory, "jsonl", table + ".jsonl", records);
        }
        else
        {
            var (header, rows) = Table(directory, table);
            var column = header.IndexOf(field);
            column.ShouldBeGreaterThanOrEqualTo(0);
            header.RemoveAt(column);
            rows.ForEach(r => r.RemoveAt(column));
            WriteTable(directory, table, header, rows);
        }
    }

    private static List<JsonObject> Copy(List<JsonObject> records) => records.Select(r => r.DeepClone().AsObject()).ToList();

    private static string Changelog(string old, string @new) =>
        CliRun.Expect(ExitCodes.Success, "diff", old, @new, "--format", "changelog", "--date", "2026-12-01").Out;

    private static void NoFieldChanges(string table)
    {
        FindRow(table, "added field").ShouldBeNull(table);
        FindRow(table, "removed field").ShouldBeNull(table);
    }
}
