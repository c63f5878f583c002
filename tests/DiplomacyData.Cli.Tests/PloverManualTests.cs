using System.IO;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>plover/events.jsonl</c> against the PLOVER manual's "Data Fields" tables, and the check itself against
/// records that break them: the field names the manual replaced in 2021 (<c>source</c>, <c>actor_text</c>, a
/// location with <c>name</c>, <c>country code</c> and <c>cc3</c>), missing fields and values of the wrong shape.
/// </summary>
public class PloverManualTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private List<JsonObject> Events => JsonLinesFile.Read(export.PathOf("plover/events.jsonl"));

    [Fact]
    public void Every_record_has_every_field_of_the_manuals_tables_with_its_shape_and_no_field_it_does_not_define()
    {
        Events.ShouldNotBeEmpty();
        Events.SelectMany(PloverManualConformance.Problems).ShouldBeEmpty();
    }

    [Fact]
    public void The_records_use_every_nested_object_the_manual_defines_that_the_data_can_fill()
    {
        Events.ShouldContain(e => e["event_loc"] is JsonObject, "a located engagement has a location object");
        Events.ShouldContain(e => e["recipient"]!.AsArray().Count > 0, "a visit has a recipient");
        Events.ShouldAllBe(e => e["cite_info"] is JsonObject);
    }

    [Fact]
    public void The_reference_tables_name_their_source_and_hold_every_row_of_the_chapter()
    {
        var header = File.ReadLines(PloverManualFields.PathOf).TakeWhile(line => line.StartsWith('#')).ToList();
        header.ShouldContain("# repository: openeventdata/PLOVER");
        header.ShouldContain(line => line.StartsWith("# commit: 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f", StringComparison.Ordinal));
        header.ShouldContain(line => line.Contains("PLOVER_MANUAL.tex", StringComparison.Ordinal) && line.Contains("Data Fields", StringComparison.Ordinal));

        // Row counts of the six tables in the manual at that commit.
        PloverManualFields.All.GroupBy(f => f.Table).ToDictionary(g => g.Key, g => g.Count()).ShouldBe(new Dictionary<string, int>
        {
            ["tab:json"] = 23, ["tab:actorinfo"] = 10, ["tab:textinfo"] = 4, ["tab:sizeinfo"] = 3, ["tab:citeinfo"] = 11, ["tab:locations"] = 13,
        }, ignoreOrder: true);
        PloverManualFields.Of(PloverManualFields.Record).Where(f => f.IsRequired).Select(f => f.Name).ShouldBe(["id", "date", "actor", "event"]);
    }

    public static TheoryData<string, string> BrokenRecords => new()
    {
        { "source", "'source' is neither" },
        { "actor_text", "'actor_text' is neither" },
        { "old_location", "'cc3' is neither" },
        { "old_location", "'country code' is neither" },
        { "old_location", "'resolved_place' (tab:locations) is missing" },
        { "cite_info_list", "'cite_info' = [" },
        { "no_actor", "'actor' (tab:json) is missing" },
        { "null_date", "'date' is required by the manual and is null" },
        { "day_first_date", "'date' = \"18/04/2025\" does not have the shape date" },
        { "alpha2_country_code", "'country_code' = \"RU\" does not have the shape code(3)" },
        { "quad_code_as_text", "'quad_code' = \"1\" does not have the shape integer" },
        { "event_as_text", "'event' = \"CONSULT\" does not have the shape string[]" },
        { "three_letter_language", "'language' = [\"eng\"] does not have the shape language|array" },
        { "latitude_out_of_range", "'lat' = 123.5 does not have the shape latitude" },
        { "undeclared_field", "'confidence' is neither" },
        { "reordered", "fields not in the manual's order" },
    };

    [Theory]
    [MemberData(nameof(BrokenRecords))]
    public void The_check_rejects_a_record_that_breaks_the_manual(string breakage, string expectedProblem)
    {
        var record = Events.First(e => e["event_loc"] is JsonObject && e["recipient"]!.AsArray().Count > 0).DeepClone().AsObject();
        PloverManualConformance.Problems(record).ShouldBeEmpty("the unbroken record");

        Break(record, breakage);

        PloverManualConformance.Problems(record).ShouldContain(p => p.Contains(expectedProblem, StringComparison.Ordinal));
    }

    private static void Break(JsonObject record, string breakage)
    {
        var place = record["event_loc"]!.AsObject();
        var entity = record["actor"]![0]!.AsObject();
        switch (breakage)
        {
            case "source":
                Rename(record, "actor", "source");
                record["actor"] = new JsonArray();
                break;
            case "actor_text":
                Rename(entity, "entity_text", "actor_text");
                break;
            case "old_location":
                record["event_loc"] = new JsonObject { ["name"] = place["city"]?.DeepClone(), ["country code"] = "RU", ["cc3"] = place["country_code"]!.DeepClone() };
                break;
            case "cite_info_list":
                record["cite_info"] = new JsonArray(record["cite_info"]!.DeepClone());
                break;
            case "no_actor":
                record.Remove("actor");
                break;
            case "null_date":
                record["date"] = null;
                break;
            case "day_first_date":
                record["date"] = "18/04/2025";
                break;
            case "alpha2_country_code":
                place["country_code"] = "RU";
                break;
            case "quad_code_as_text":
                record["quad_code"] = "1";
                break;
            case "event_as_text":
                record["event"] = "CONSULT";
                break;
            case "three_letter_language":
                record["cite_info"]!["language"] = new JsonArray("eng");
                break;
            case "latitude_out_of_range":
                place["lat"] = 123.5;
                break;
            case "undeclared_field":
                record["confidence"] = 0.9;
                break;
            case "reordered":
                var date = record["date"]!.DeepClone();
                record.Remove("date");
                record["date"] = date;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage));
        }
    }

    private static void Rename(JsonObject obj, string from, string to)
    {
        var value = obj[from]?.DeepClone();
        obj.Remove(from);
        obj[to] = value;
    }
}
