using System.IO;
using System.Text.Json.Nodes;
using static DiplomacyData.Cli.Tests.ExportEdits;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>diplomacy diff</c> on real exports of the data, edited the way a release changes them: a record added,
/// removed or corrected, an item of a list added or removed, a field of the model added. Every change is found,
/// keyed and named, and the changelog draft parses as the build parses data/CHANGELOG.md.
/// </summary>
public class DiffCommandTests
{
    private const string Date = "2026-12-01";
    private const string NewHash = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void An_export_against_itself_has_no_differences(string format)
    {
        using var temp = new TempDirectory();
        ExportTo(temp.Combine("a"), format);
        ExportTo(temp.Combine("b"), format);

        CliRun.Expect(ExitCodes.Success, "diff", temp.Combine("a"), temp.Combine("b")).Out.ShouldContain("No differences.");
        CliRun.Expect(ExitCodes.Success, "diff", temp.Combine("a")).Out.ShouldContain("No differences.");
        CliRun.Expect(ExitCodes.NotFound, "diff", temp.Combine("a"), "--format", "changelog").Error.ShouldContain("same data");
    }

    [Fact]
    public void Json_lines_records_added_removed_and_changed_field_by_field()
    {
        using var temp = new TempDirectory();
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        ExportTo(old, "jsonl");
        ExportTo(@new, "jsonl");
        var people = Records(@new, "jsonl", "people.jsonl");
        var person = (string)people[0]["id"]!;
        var formerName = (string)people[0]["full_name"]!;
        people[0]["full_name"] = "A Corrected Name";
        people[0]["aliases"]!.AsArray().Add("A New Alias");
        WriteRecords(@new, "jsonl", "people.jsonl", people);
        var topics = Records(@new, "jsonl", "topics.jsonl");
        var removed = (string)topics[0]["id"]!;
        topics.RemoveAt(0);
        var added = topics[0].DeepClone().AsObject();
        added["id"] = "a-new-topic";
        topics.Add(added);
        WriteRecords(@new, "jsonl", "topics.jsonl", topics);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;

        Row(table, "changed", "people", person, "full_name").ShouldContain(formerName);
        Row(table, "changed", "people", person, "full_name").ShouldContain("A Corrected Name");
        Row(table, "changed", "people", person, $"aliases[{people[0]["aliases"]!.AsArray().Count}]").ShouldContain("A New Alias");
        Row(table, "removed", "topics", removed);
        Row(table, "added", "topics", "a-new-topic");
        table.ShouldContain("Rows: 1 added, 1 changed, 1 removed");
    }

    [Fact]
    public void Csv_rows_of_child_tables_are_keyed_by_parent_and_position()
    {
        using var temp = new TempDirectory();
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        ExportTo(old, "csv");
        ExportTo(@new, "csv");
        var aliases = File.ReadAllLines(Path.Combine(@new, "csv", "person_aliases.csv")).ToList();
        var dropped = aliases[1].Split(',');
        aliases.RemoveAt(1);
        // Another alias corrected in place: same person and position, a new value.
        var corrected = aliases[1].Split(',');
        aliases[1] = $"{corrected[0]},{corrected[1]},A Corrected Alias";
        File.WriteAllLines(Path.Combine(@new, "csv", "person_aliases.csv"), aliases);
        var engagements = File.ReadAllLines(Path.Combine(@new, "csv", "engagements.csv"));
        var engagement = engagements[1].Split(',')[0];
        var date = engagements[1].Split(',')[1];
        engagements[1] = engagements[1].Replace("," + date + ",", ",1999-01-01,", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(@new, "csv", "engagements.csv"), engagements);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;

        Row(table, "changed", "engagements", engagement, "date").ShouldContain(date);
        Row(table, "changed", "engagements", engagement, "date").ShouldContain("1999-01-01");
        // Child rows are keyed by their parent's id and their position, as the export specification declares.
        Row(table, "removed", "person_aliases", $"{dropped[0]} / {dropped[1]}");
        Row(table, "changed", "person_aliases", $"{corrected[0]} / {corrected[1]}", "alias").ShouldContain(corrected[2]);
        Row(table, "changed", "person_aliases", $"{corrected[0]} / {corrected[1]}", "alias").ShouldContain("A Corrected Alias");
        table.ShouldContain("csv");
    }

    [Fact]
    public void The_changelog_draft_parses_as_the_build_reads_the_changelog_and_bumps_by_semver()
    {
        using var temp = new TempDirectory();
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        ExportTo(old, "jsonl");
        ExportTo(@new, "jsonl");
        // Versions above every real release, so that the draft goes on top of the real changelog as a new entry.
        SetRelease(old, "91.4.2", null);
        SetRelease(@new, "91.5.0-dev.1", NewHash);

        var topics = Records(@new, "jsonl", "topics.jsonl");
        topics[0]["name"] = "Renamed";
        WriteRecords(@new, "jsonl", "topics.jsonl", topics);
        Draft(old, @new).ShouldStartWith($"## 91.4.3 - {Date}\n");

        var people = Records(@new, "jsonl", "people.jsonl");
        people[0]["aliases"]!.AsArray().Add("A New Alias");
        WriteRecords(@new, "jsonl", "people.jsonl", people);
        Draft(old, @new).ShouldStartWith($"## 91.5.0 - {Date}\n");

        topics.RemoveAt(1);
        WriteRecords(@new, "jsonl", "topics.jsonl", topics);
        var draft = Draft(old, @new);
        draft.ShouldStartWith($"## 92.0.0 - {Date}\n");

        var parsed = Changelog.Read("CHANGELOG.md", "# Changelog of the data\n\n" + draft + "\n" + File.ReadAllText(Repository.PathOf("data", "CHANGELOG.md")).Split("\n## ", 2)[1].Insert(0, "## "));
        parsed.Diagnostics.ShouldBeEmpty(string.Join("\n", parsed.Diagnostics.Select(d => d.DescriptorId)));
        parsed.Newest!.Version.ShouldBe("92.0.0");
        parsed.Newest.Hash.ShouldBe(NewHash);
        draft.ShouldContain("### Changed\n");
        draft.ShouldContain($"- topics: `{(string)topics[0]["id"]!}`: name");
        draft.ShouldContain($"- people: `{(string)people[0]["id"]!}`: aliases[");
        draft.ShouldContain("### Removed\n");
    }

    [Fact]
    public void A_field_only_the_new_release_has_is_a_model_addition_reported_once()
    {
        using var temp = new TempDirectory();
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        ExportTo(old, "jsonl");
        ExportTo(@new, "jsonl");
        var countries = Records(old, "jsonl", "countries.jsonl");
        foreach (var country in countries)
        {
            country.Remove("identifier_note");
        }

        WriteRecords(old, "jsonl", "countries.jsonl", countries);
        SetRelease(old, "1.0.0", null);

        var table = CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out;
        Row(table, "added field", "countries", "identifier_note");
        table.ShouldNotContain("changed  countries");

        var draft = CliRun.Expect(ExitCodes.Success, "diff", old, "--format", "changelog", "--date", Date).Out;
        draft.ShouldStartWith($"## 1.1.0 - {Date}\n\nContent hash: `{Catalog.ContentHash}`\n");
        draft.ShouldContain("- field `identifier_note` of countries");
    }

    [Fact]
    public void Against_this_tools_data_a_record_missing_from_the_old_export_is_added()
    {
        using var temp = new TempDirectory();
        var old = temp.Combine("old");
        ExportTo(old, "jsonl");
        var engagements = Records(old, "jsonl", "engagements.jsonl");
        var id = (string)engagements[^1]["id"]!;
        engagements.RemoveAt(engagements.Count - 1);
        WriteRecords(old, "jsonl", "engagements.jsonl", engagements);

        Row(CliRun.Expect(ExitCodes.Success, "diff", old).Out, "added", "engagements", id);
        var draft = CliRun.Expect(ExitCodes.Success, "diff", old, "--format", "changelog", "--old-version", "3.2.1", "--date", Date).Out;
        draft.ShouldStartWith($"## 3.3.0 - {Date}\n\nContent hash: `{Catalog.ContentHash}`\n\n### Added\n\n- engagements: `{id}` (");
    }

    [Fact]
    public void Bad_inputs_are_errors_that_say_what_to_do()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("empty"));
        ExportTo(temp.Combine("j"), "jsonl");
        ExportTo(temp.Combine("c"), "csv");
        SetRelease(temp.Combine("j"), "1.0.1-dev.abc", null);

        CliRun.Expect(ExitCodes.NotFound, "diff", temp.Combine("missing")).Error.ShouldContain("is not a folder");
        CliRun.Expect(ExitCodes.NotFound, "diff", temp.Combine("empty")).Error.ShouldContain("diplomacy export --format jsonl");
        CliRun.Expect(ExitCodes.UsageError, "diff", temp.Combine("j"), temp.Combine("c")).Error.ShouldContain("share no export format");
        CliRun.Expect(ExitCodes.UsageError, "diff", temp.Combine("c"), "--format", "markdown");
        CliRun.Expect(ExitCodes.UsageError, "diff", temp.Combine("c"), "--date", "1.12.2026");

        var people = Records(temp.Combine("j"), "jsonl", "people.jsonl");
        people[0]["full_name"] = "Changed";
        WriteRecords(temp.Combine("j"), "jsonl", "people.jsonl", people);
        CliRun.Expect(ExitCodes.UsageError, "diff", temp.Combine("j"), "--format", "changelog").Error.ShouldContain("--old-version");
        CliRun.Expect(ExitCodes.UsageError, "diff", temp.Combine("j"), "--format", "changelog", "--old-version", "one").Error.ShouldContain("'one' is not a release version");
    }

    private static string Draft(string old, string @new) =>
        CliRun.Expect(ExitCodes.Success, "diff", old, @new, "--format", "changelog", "--date", Date).Out;
}
