using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Popolo;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>popolo/popolo.json</c> read back: valid against the Popolo project's schemas, with Popolo's property names
/// only (or flagged <c>+</c>), every person, organization, role, country and engagement present, dates in
/// ISO 8601, the same bytes on every run, and docs/exports.md's table of its keys.
/// </summary>
public partial class PopoloExportTests : IDisposable
{
    /// <summary>Each collection of the document and the Popolo class (schema file) of its items.</summary>
    public static readonly IReadOnlyDictionary<string, string> Collections = new Dictionary<string, string>
    {
        ["persons"] = "person", ["organizations"] = "organization", ["memberships"] = "membership", ["areas"] = "area", ["events"] = "event",
    };

    private readonly TempDirectory _directory = new("diplomacy-popolo-test");
    private readonly JsonObject _document;

    public PopoloExportTests()
    {
        var files = PopoloExport.Write(Dataset.Compiled, _directory.Path);
        files.Select(f => f.RelativePath).ShouldBe(["popolo/popolo.json"]);
        Text = File.ReadAllText(_directory.Combine(PopoloExport.FileName));
        _document = JsonNode.Parse(Text)!.AsObject();
    }

    private string Text { get; }

    private List<JsonObject> Items(string collection) => _document[collection]!.AsArray().Select(i => i!.AsObject()).ToList();

    [Fact]
    public void The_document_is_one_json_object_on_one_line_with_the_five_collections()
    {
        Text.ShouldEndWith("}\n");
        Text.TrimEnd('\n').ShouldNotContain('\n');
        _document.Select(p => p.Key).ShouldBe(["persons", "organizations", "memberships", "areas", "events"]);
    }

    [Fact]
    public void Every_item_is_valid_against_its_popolo_schema()
    {
        foreach (var (collection, schema) in Collections)
        {
            Items(collection).ShouldNotBeEmpty(collection);
            Items(collection).SelectMany(item => PopoloSchemas.Errors(schema, item)).ShouldBeEmpty(collection);
        }
    }

    [Fact]
    public void Every_property_is_popolos_or_flagged_as_ours()
    {
        var nested = new Dictionary<string, string>
        {
            ["other_names"] = "other_name", ["identifiers"] = "identifier", ["sources"] = "link", ["attendees"] = "person",
        };
        foreach (var (collection, schema) in Collections)
        {
            foreach (var item in Items(collection))
            {
                Unknown(item, schema).ShouldBeEmpty($"{collection} {item["id"]}");
                foreach (var (list, itemSchema) in nested.Where(n => item[n.Key] is JsonArray))
                {
                    item[list]!.AsArray().SelectMany(child => Unknown(child!.AsObject(), itemSchema)).ShouldBeEmpty($"{collection} {item["id"]} {list}");
                }
            }
        }

        static IEnumerable<string> Unknown(JsonObject obj, string schema) =>
            obj.Select(p => p.Key).Where(key => !key.StartsWith('+') && !PopoloSchemas.PropertiesOf(schema).Contains(key));
    }

    [Fact]
    public void Every_person_is_present_with_names_other_names_and_identifiers()
    {
        var persons = Items("persons");
        persons.Select(p => (string)p["id"]!).ShouldBe(Catalog.People.Select(p => p.Id).Order(StringComparer.Ordinal));
        foreach (var person in Catalog.People)
        {
            var item = persons.Single(p => (string)p["id"]! == person.Id);
            ((string)item["name"]!).ShouldBe(person.Name.Full);
            ((string)item["given_name"]!).ShouldBe(person.Name.Given);
            ((string)item["family_name"]!).ShouldBe(person.Name.Family);
            var otherNames = item["other_names"]!.AsArray().Select(o => (string)o!["name"]!).ToList();
            otherNames.ShouldBe((person.Name.Native is { } native ? [native] : Array.Empty<string>()).Concat(person.Aliases));
            item["identifiers"]!.AsArray().Select(i => ((string)i!["scheme"]!, (string)i["identifier"]!))
                .ShouldBe(person.WikidataId is { } qid ? [("wikidata", qid)] : []);
            ((string)item["+country_id"]!).ShouldBe(person.Country.Id);
        }
    }

    [Fact]
    public void Every_dated_role_is_a_membership_with_iso_dates()
    {
        var memberships = Items("memberships");
        memberships.Count.ShouldBe(Catalog.People.Sum(p => p.Roles.Count));
        foreach (var person in Catalog.People)
        {
            foreach (var (role, i) in person.Roles.Select((r, i) => (r, i + 1)))
            {
                var item = memberships.Single(m => (string)m["id"]! == $"{person.Id}/roles/{i}");
                ((string)item["person_id"]!).ShouldBe(person.Id);
                ((string?)item["organization_id"]).ShouldBe(role.Organization?.Id);
                ((string)item["role"]!).ShouldBe(role.Title);
                ((string)item["label"]!).ShouldBe(role.Acting ? "Acting " + role.Title : role.Title);
                ((string?)item["start_date"]).ShouldBe(role.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                ((string?)item["end_date"]).ShouldBe(role.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        memberships.ShouldContain(m => m["end_date"] != null, "some role has ended");
        memberships.ShouldContain(m => m["end_date"] == null, "some role is held still");
    }

    [Fact]
    public void Organizations_and_areas_are_every_body_and_country()
    {
        var organizations = Items("organizations");
        organizations.Select(o => (string)o["id"]!).ShouldBe(Catalog.Organizations.Select(o => o.Id).Order(StringComparer.Ordinal));
        foreach (var organization in Catalog.Organizations)
        {
            var item = organizations.Single(o => (string)o["id"]! == organization.Id);
            ((string)item["name"]!).ShouldBe(organization.Name);
            ((string?)item["area_id"]).ShouldBe(organization.Country?.Id);
            item["other_names"]!.AsArray().Select(o => (string)o!["name"]!).ShouldBe(organization.ShortName is { } s ? [s] : []);
        }

        var areas = Items("areas");
        areas.Select(a => (string)a["id"]!).ShouldBe(Catalog.Countries.Select(c => c.Id).Order(StringComparer.Ordinal));
        areas.ShouldAllBe(a => (string)a["classification"]! == "country");
        var ids = areas.Select(a => (string)a["id"]!).ToHashSet();
        organizations.Where(o => o["area_id"] != null).ShouldAllBe(o => ids.Contains((string)o["area_id"]!));
        Items("persons").ShouldAllBe(p => ids.Contains((string)p["+country_id"]!));
    }

    [Fact]
    public void Every_engagement_is_an_event_with_its_forum_attendees_and_sources()
    {
        var events = Items("events");
        events.Select(e => (string)e["id"]!).ShouldBe(Catalog.Engagements.Select(e => e.Id).Order(StringComparer.Ordinal));
        foreach (var engagement in Catalog.Engagements)
        {
            var item = events.Single(e => (string)e["id"]! == engagement.Id);
            ((string)item["name"]!).ShouldBe(engagement.Title);
            ((string?)item["organization_id"]).ShouldBe(engagement.Forum?.Id);
            ((string)item["classification"]!).ShouldBe(Naming.Kebab(engagement.Kind));
            ((string)item["status"]!).ShouldBe(Naming.Kebab(engagement.Status));
            ((string?)item["location"]).ShouldBe(engagement.Location?.ToString());
            item["attendees"]!.AsArray().Select(a => (string)a!["id"]!).ShouldBe(engagement.Participants.Select(p => p.Person.Id));
            item["sources"]!.AsArray().Select(s => (string)s!["url"]!).ShouldBe(engagement.Sources.Select(c => c.Source.Url.OriginalString));
        }

        events.ShouldContain(e => e["organization_id"] != null, "some engagement has a forum");
        var organizationIds = Items("organizations").Select(o => (string)o["id"]!).ToHashSet();
        events.Where(e => e["organization_id"] != null).ShouldAllBe(e => organizationIds.Contains((string)e["organization_id"]!));
    }

    [Fact]
    public void Event_dates_are_iso_8601_as_precise_as_the_data()
    {
        foreach (var item in Items("events"))
        {
            var engagement = Catalog.FindEngagement((string)item["id"]!)!;
            var start = (string?)item["start_date"];
            var end = (string?)item["end_date"];
            var day = engagement.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            switch (engagement.Precision)
            {
                case DatePrecision.Day:
                    start.ShouldBe(day);
                    end.ShouldBeNull();
                    break;
                case DatePrecision.Month:
                    start.ShouldBe(day[..7]);
                    end.ShouldBeNull();
                    break;
                case DatePrecision.Range:
                    start.ShouldBe(day);
                    end.ShouldBe(engagement.EndDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case DatePrecision.Approximate:
                    end.ShouldBeNull();
                    if (start is not null)
                    {
                        day.ShouldStartWith(start);
                        engagement.EndDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).ShouldStartWith(start);
                    }

                    break;
            }
        }
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2024-07-16", null, "2024-07-16", null)]
    [InlineData(DatePrecision.Month, "2024-06-01", null, "2024-06", null)]
    [InlineData(DatePrecision.Range, "2022-01-19", "2022-01-20", "2022-01-19", "2022-01-20")]
    [InlineData(DatePrecision.Approximate, "2024-06-12", "2024-06-22", "2024-06", null)]
    [InlineData(DatePrecision.Approximate, "2024-06-25", "2024-07-02", "2024", null)]
    [InlineData(DatePrecision.Approximate, "2024-12-28", "2025-01-03", null, null)]
    public void Popolo_dates_keep_only_what_the_precision_supports(DatePrecision precision, string date, string? endDate, string? start, string? end)
    {
        var engagement = new Engagement(
            "test", DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), precision, EngagementKind.Meeting, EngagementStatus.Happened, "Test",
            [], [], [], [], [], [], EndDate: endDate is null ? null : DateOnly.ParseExact(endDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        PopoloDate.Of(engagement).ShouldBe((start, end));
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        using var again = new TempDirectory("diplomacy-popolo-test");
        PopoloExport.Write(Dataset.Compiled, again.Path);

        File.ReadAllBytes(again.Combine(PopoloExport.FileName)).ShouldBe(File.ReadAllBytes(_directory.Combine(PopoloExport.FileName)));
    }

    [Fact]
    public void The_readme_documents_every_key_with_its_type()
    {
        var documented = ReadmeSection();
        var types = documented.ToDictionary(d => d.Key, d => d.Type, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var filledLists = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in JsonKeys.Flatten(_document))
        {
            if (value is JsonArray { Count: > 0 })
            {
                filledLists.Add(key);
            }

            types.ShouldContainKey(key, $"popolo/popolo.json: key {key} is not in docs/exports.md");
            var type = types[key];
            var because = $"{key} = {value?.ToJsonString() ?? "null"} (documented {type})";
            if (value is null)
            {
                type.EndsWith('?').ShouldBeTrue(because);
            }
            else
            {
                value.GetValueKind().ShouldBe(type.TrimEnd('?') switch
                {
                    "string" or "date" => JsonValueKind.String,
                    "object" => JsonValueKind.Object,
                    "object[]" => JsonValueKind.Array,
                    _ => throw new ShouldAssertException($"unknown type {type} for {key} in docs/exports.md"),
                }, because);
            }

            seen.Add(key);
        }

        // The keys of a list's items can only be seen where some item has the list filled (no person has a
        // Wikidata id recorded yet, so every identifiers list is empty).
        documented.Select(d => d.Key)
            .Where(k => !seen.Contains(k))
            .Where(k => k.LastIndexOf("[].", StringComparison.Ordinal) is var at && (at < 0 || filledLists.Contains(k[..at])))
            .ShouldBeEmpty("documented keys that the file does not have");
    }

    [Fact]
    public void The_schema_check_rejects_items_that_break_popolo()
    {
        var membership = Items("memberships").First().DeepClone().AsObject();
        membership["start_date"] = "16/07/2024";
        PopoloSchemas.Errors("membership", membership).ShouldNotBeEmpty("a day-first date");

        var person = Items("persons").First().DeepClone().AsObject();
        person["identifiers"] = new JsonArray(new JsonObject { ["scheme"] = "wikidata" });
        PopoloSchemas.Errors("person", person).ShouldNotBeEmpty("an identifier without its required 'identifier'");

        var namedByNumber = Items("persons").First().DeepClone().AsObject();
        namedByNumber["name"] = 5;
        PopoloSchemas.Errors("person", namedByNumber).ShouldNotBeEmpty("a number for a name");

        var source = Items("events").First().DeepClone().AsObject();
        source["sources"] = new JsonArray(new JsonObject { ["note"] = "no url" });
        PopoloSchemas.Errors("event", source).ShouldNotBeEmpty("a link without its required url");
    }

    [Fact]
    public void The_draft_03_translation_moves_required_flags_and_the_id()
    {
        var draft03 = JsonNode.Parse("""
            {"$schema":"http://json-schema.org/draft-03/schema#","id":"http://example.org/a.json#","type":"object",
             "properties":{"id":{"type":"string"},"url":{"type":"string","required":true},"note":{"type":"string","required":false}}}
            """)!.AsObject();

        var draft07 = PopoloSchemas.ToDraft07(draft03);

        ((string)draft07["$id"]!).ShouldBe("http://example.org/a.json");
        draft07.ContainsKey("id").ShouldBeFalse();
        draft07["required"]!.AsArray().Select(r => (string)r!).ShouldBe(["url"]);
        draft07["properties"]!["url"]!.AsObject().ContainsKey("required").ShouldBeFalse();
        draft07["properties"]!["note"]!.AsObject().ContainsKey("required").ShouldBeFalse();
        draft07["properties"]!["id"]!.AsObject().ContainsKey("$id").ShouldBeFalse("a property named id is not the schema's id");
    }

    public void Dispose() => _directory.Dispose();

    private static List<(string Key, string Type)> ReadmeSection()
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs", "exports.md"));
        var start = Array.IndexOf(lines, "#### `popolo/popolo.json`");
        start.ShouldBeGreaterThan(0, "docs/exports.md has a section for popolo/popolo.json");
        return lines.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith('#'))
            .Select(line => ReadmeRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .ToList();
    }

    [GeneratedRegex(@"^\| `([^`]+)` \| ([^|]+) \|")]
    private static partial Regex ReadmeRow();
}
