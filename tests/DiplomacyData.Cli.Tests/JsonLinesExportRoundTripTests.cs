using System.Globalization;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Reads every JSON Lines file back and compares each record, key by key and in order, with an object built
/// here from the catalogue.
/// </summary>
public class JsonLinesExportRoundTripTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Countries() => Check("countries.jsonl", Catalog.Countries, c => c.Id, c => new JsonObject
    {
        ["id"] = c.Id, ["name"] = c.Name, ["official_name"] = c.OfficialName, ["alpha2"] = c.Alpha2, ["wikidata_id"] = c.WikidataId,
        ["cow_code"] = c.CowCode, ["cow_abbreviation"] = c.CowAbbreviation, ["gleditsch_ward_code"] = c.GleditschWardCode,
        ["identifier_note"] = c.IdentifierNote,
    });

    [Fact]
    public void Organizations() => Check("organizations.jsonl", Catalog.Organizations, o => o.Id, o => new JsonObject
    {
        ["id"] = o.Id, ["name"] = o.Name, ["kind"] = Naming.Kebab(o.Kind), ["country_id"] = o.Country?.Id, ["short_name"] = o.ShortName,
        ["wikidata_id"] = o.WikidataId, ["identifier_note"] = o.IdentifierNote,
    });

    [Fact]
    public void Places() => Check("places.jsonl", Catalog.Places, p => p.Id, p => new JsonObject
    {
        ["id"] = p.Id, ["name"] = p.Name, ["country_id"] = p.Country.Id, ["resolution"] = Naming.Kebab(p.Resolution),
        ["geonames_id"] = p.GeoNamesId, ["latitude"] = p.Latitude, ["longitude"] = p.Longitude,
        ["wikidata_id"] = p.WikidataId, ["identifier_note"] = p.IdentifierNote,
    });

    [Fact]
    public void Topics() => Check("topics.jsonl", Catalog.Topics, t => t.Id, t => new JsonObject
    {
        ["id"] = t.Id, ["name"] = t.Name, ["description"] = t.Description,
    });

    [Fact]
    public void Sources() => Check("sources.jsonl", Catalog.Sources, s => s.Id, s => new JsonObject
    {
        ["id"] = s.Id, ["title"] = s.Title, ["publisher"] = s.Publisher, ["published"] = Iso(s.Published), ["url"] = s.Url.OriginalString,
        ["language"] = s.Language, ["published_note"] = s.PublishedNote, ["dateline"] = s.Dateline,
    });

    [Fact]
    public void Cameo_codes() => Check("cameo_codes.jsonl", Catalog.CameoCodes, c => c.Id, c => new JsonObject
    {
        ["id"] = c.Id, ["name"] = c.Name, ["root"] = c.Root, ["plover_event"] = c.Plover is { } p ? Naming.Kebab(p) : null, ["plover_mode"] = c.PloverMode,
    });

    [Fact]
    public void People() => Check("people.jsonl", Catalog.People, p => p.Id, p => new JsonObject
    {
        ["id"] = p.Id,
        ["given_name"] = p.Name.Given,
        ["family_name"] = p.Name.Family,
        ["full_name"] = p.Name.Full,
        ["native_name"] = p.Name.Native,
        ["country_id"] = p.Country.Id,
        ["aliases"] = Strings(p.Aliases),
        ["wikidata_id"] = p.WikidataId,
        ["identifier_note"] = p.IdentifierNote,
        ["alias_note"] = p.AliasNote,
        ["roles"] = new JsonArray(p.Roles.Select(r => (JsonNode)new JsonObject
        {
            ["title"] = r.Title, ["organization_id"] = r.Organization?.Id, ["from_date"] = Iso(r.From), ["to_date"] = Iso(r.To),
            ["acting"] = r.Acting, ["note"] = r.Note,
        }).ToArray()),
    });

    [Fact]
    public void Engagements() => Check("engagements.jsonl", Catalog.Engagements, e => e.Id, e => new JsonObject
    {
        ["id"] = e.Id,
        ["date"] = Iso(e.Date),
        ["precision"] = Naming.Kebab(e.Precision),
        ["end_date"] = Iso(e.EndDate),
        ["date_note"] = e.DateNote,
        ["kind"] = Naming.Kebab(e.Kind),
        ["status"] = Naming.Kebab(e.Status),
        ["title"] = e.Title,
        ["location"] = e.Location is { } l ? new JsonObject { ["city"] = l.City, ["country_id"] = l.Country.Id, ["venue"] = l.Venue, ["place_id"] = l.Place?.Id } : null,
        ["forum_id"] = e.Forum?.Id,
        ["participants"] = new JsonArray(e.Participants.Select(p => (JsonNode)new JsonObject
        {
            ["person_id"] = p.Person.Id, ["part"] = Naming.Kebab(p.Part), ["reported_title"] = p.ReportedTitle,
        }).ToArray()),
        ["topic_ids"] = Strings(e.Topics.Select(t => t.Id)),
        ["statements"] = new JsonArray(e.Statements.Select(s => (JsonNode)new JsonObject
        {
            ["speaker_id"] = s.Speaker.Id, ["summary"] = s.Summary, ["quote"] = s.Quote,
        }).ToArray()),
        ["cameo_code_ids"] = Strings(e.CameoCodes.Select(c => c.Id)),
        ["plover"] = e.Plover is { } p ? new JsonObject { ["event"] = Naming.Kebab(p.Event), ["mode"] = p.Mode, ["context"] = Strings(p.Context) } : null,
        ["sources"] = new JsonArray(e.Sources.Select(c => (JsonNode)new JsonObject
        {
            ["source_id"] = c.Source.Id, ["evidence"] = Strings(c.Evidence), ["note"] = c.Note,
        }).ToArray()),
        ["notes"] = e.Notes,
    });

    [Fact]
    public void Every_record_of_a_file_has_the_same_keys_so_engines_infer_one_schema()
    {
        foreach (var file in System.IO.Directory.GetFiles(export.PathOf("jsonl")).Append(export.PathOf("plover/events.jsonl")))
        {
            var records = JsonLinesFile.Read(file);
            var keys = records.Select(r => string.Join(',', r.Select(p => p.Key))).Distinct().ToList();
            keys.Count.ShouldBe(1, $"{file} has records with different top-level keys");
        }
    }

    private void Check<T>(string file, IEnumerable<T> items, Func<T, string> id, Func<T, JsonObject> expected)
    {
        var records = JsonLinesFile.Read(export.PathOf("jsonl/" + file));
        var ordered = items.OrderBy(id, StringComparer.Ordinal).ToList();
        records.Count.ShouldBe(ordered.Count, $"{file} record count");
        for (var i = 0; i < ordered.Count; i++)
        {
            JsonLinesFile.Canonicalize(records[i]).ShouldBe(JsonLinesFile.Canonicalize(expected(ordered[i])), $"{file} line {i + 1}");
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;
}
