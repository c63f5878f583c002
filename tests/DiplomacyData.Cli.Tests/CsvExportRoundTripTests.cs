using System.Globalization;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Reads every CSV table back with CsvHelper and compares every field of every row with the catalogue.
/// The expected rows are built here from the model, independently of the tool's table definitions.
/// </summary>
public class CsvExportRoundTripTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    [Fact]
    public void Countries()
    {
        Check("countries.csv", ["id", "name", "official_name", "alpha2", "wikidata_id", "cow_code", "cow_abbreviation", "gleditsch_ward_code", "identifier_note"],
            ById(Catalog.Countries, c => c.Id).Select(c => Row(
                c.Id, c.Name, c.OfficialName, c.Alpha2, c.WikidataId, Number(c.CowCode), c.CowAbbreviation, Number(c.GleditschWardCode), c.IdentifierNote)));
    }

    [Fact]
    public void Organizations()
    {
        Check("organizations.csv", ["id", "name", "kind", "country_id", "short_name", "wikidata_id", "identifier_note"],
            ById(Catalog.Organizations, o => o.Id).Select(o => Row(o.Id, o.Name, Naming.Kebab(o.Kind), o.Country?.Id, o.ShortName, o.WikidataId, o.IdentifierNote)));
    }

    [Fact]
    public void Places()
    {
        Check("places.csv", ["id", "name", "country_id", "resolution", "geonames_id", "latitude", "longitude", "wikidata_id", "identifier_note"],
            ById(Catalog.Places, p => p.Id).Select(p => Row(
                p.Id, p.Name, p.Country.Id, Naming.Kebab(p.Resolution), Number(p.GeoNamesId), Number(p.Latitude), Number(p.Longitude), p.WikidataId, p.IdentifierNote)));
    }

    [Fact]
    public void Topics()
    {
        Check("topics.csv", ["id", "name", "description"],
            ById(Catalog.Topics, t => t.Id).Select(t => Row(t.Id, t.Name, t.Description)));
    }

    [Fact]
    public void Sources()
    {
        Check("sources.csv", ["id", "title", "publisher", "published", "url", "language", "published_note", "dateline"],
            ById(Catalog.Sources, s => s.Id).Select(s => Row(s.Id, s.Title, s.Publisher, Iso(s.Published), s.Url.OriginalString, s.Language, s.PublishedNote, s.Dateline)));
    }

    [Fact]
    public void Cameo_codes_keep_their_leading_zeros()
    {
        Check("cameo_codes.csv", ["id", "name", "root", "plover_event", "plover_mode"],
            ById(Catalog.CameoCodes, c => c.Id).Select(c => Row(c.Id, c.Name, c.Root, c.Plover is { } p ? Naming.Kebab(p) : null, c.PloverMode)));
        CsvFile.Read(export.PathOf("csv/cameo_codes.csv")).Rows.ShouldContain(r => r[0] == "042");
    }

    [Fact]
    public void People_their_aliases_and_roles()
    {
        var people = ById(Catalog.People, p => p.Id);
        Check("people.csv", ["id", "given_name", "family_name", "full_name", "native_name", "country_id", "wikidata_id", "identifier_note", "alias_note"],
            people.Select(p => Row(p.Id, p.Name.Given, p.Name.Family, p.Name.Full, p.Name.Native, p.Country.Id, p.WikidataId, p.IdentifierNote, p.AliasNote)));
        Check("person_aliases.csv", ["person_id", "position", "alias"],
            people.SelectMany(p => p.Aliases.Select((a, i) => Row(p.Id, Position(i), a))));
        Check("person_roles.csv", ["person_id", "position", "title", "organization_id", "from_date", "to_date", "acting", "note"],
            people.SelectMany(p => p.Roles.Select((r, i) => Row(p.Id, Position(i), r.Title, r.Organization?.Id, Iso(r.From), Iso(r.To), r.Acting ? "true" : "false", r.Note))));
    }

    [Fact]
    public void Engagements()
    {
        Check("engagements.csv",
            ["id", "date", "precision", "end_date", "date_note", "kind", "status", "title", "location_city", "location_country_id", "location_venue", "location_place_id", "forum_id", "plover_event", "plover_mode", "notes"],
            EngagementsById().Select(e => Row(
                e.Id, Iso(e.Date), Naming.Kebab(e.Precision), Iso(e.EndDate), e.DateNote, Naming.Kebab(e.Kind), Naming.Kebab(e.Status), e.Title,
                e.Location?.City, e.Location?.Country.Id, e.Location?.Venue, e.Location?.Place?.Id, e.Forum?.Id,
                e.Plover is { } p ? Naming.Kebab(p.Event) : null, e.Plover?.Mode, e.Notes)));
    }

    [Fact]
    public void Engagement_children_keyed_by_engagement_id_and_position()
    {
        var engagements = EngagementsById();
        Check("engagement_participants.csv", ["engagement_id", "position", "person_id", "part", "reported_title"],
            engagements.SelectMany(e => e.Participants.Select((p, i) => Row(e.Id, Position(i), p.Person.Id, Naming.Kebab(p.Part), p.ReportedTitle))));
        Check("engagement_topics.csv", ["engagement_id", "position", "topic_id"],
            engagements.SelectMany(e => e.Topics.Select((t, i) => Row(e.Id, Position(i), t.Id))));
        Check("engagement_statements.csv", ["engagement_id", "position", "speaker_id", "summary", "quote"],
            engagements.SelectMany(e => e.Statements.Select((s, i) => Row(e.Id, Position(i), s.Speaker.Id, s.Summary, s.Quote))));
        Check("engagement_cameo_codes.csv", ["engagement_id", "position", "cameo_code_id"],
            engagements.SelectMany(e => e.CameoCodes.Select((c, i) => Row(e.Id, Position(i), c.Id))));
        Check("engagement_plover_contexts.csv", ["engagement_id", "position", "context"],
            engagements.SelectMany(e => (e.Plover?.Context ?? []).Select((c, i) => Row(e.Id, Position(i), c))));
        Check("engagement_sources.csv", ["engagement_id", "position", "source_id", "note"],
            engagements.SelectMany(e => e.Sources.Select((c, i) => Row(e.Id, Position(i), c.Source.Id, c.Note))));
        Check("engagement_evidence.csv", ["engagement_id", "source_position", "source_id", "position", "quote"],
            engagements.SelectMany(e => e.Sources.SelectMany((c, s) => c.Evidence.Select((q, i) => Row(e.Id, Position(s), c.Source.Id, Position(i), q)))));
    }

    [Fact]
    public void Foreign_keys_resolve_to_rows_of_the_referenced_tables()
    {
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var table in new[] { "countries", "organizations", "topics", "sources", "cameo_codes", "people", "engagements" })
        {
            ids[table] = CsvFile.Read(export.PathOf($"csv/{table}.csv")).Rows.Select(r => r[0]!).ToHashSet(StringComparer.Ordinal);
        }

        ForeignKey("engagement_participants.csv", "engagement_id", ids["engagements"]);
        ForeignKey("engagement_participants.csv", "person_id", ids["people"]);
        ForeignKey("engagement_topics.csv", "topic_id", ids["topics"]);
        ForeignKey("engagement_statements.csv", "speaker_id", ids["people"]);
        ForeignKey("engagement_cameo_codes.csv", "cameo_code_id", ids["cameo_codes"]);
        ForeignKey("engagement_sources.csv", "source_id", ids["sources"]);
        ForeignKey("engagement_evidence.csv", "source_id", ids["sources"]);
        ForeignKey("engagements.csv", "forum_id", ids["organizations"]);
        ForeignKey("engagements.csv", "location_country_id", ids["countries"]);
        ForeignKey("people.csv", "country_id", ids["countries"]);
        ForeignKey("person_roles.csv", "organization_id", ids["organizations"]);
        ForeignKey("person_aliases.csv", "person_id", ids["people"]);
        ForeignKey("organizations.csv", "country_id", ids["countries"]);
    }

    private void ForeignKey(string file, string column, HashSet<string> keys)
    {
        var csv = CsvFile.Read(export.PathOf("csv/" + file));
        var index = Array.IndexOf(csv.Header, column);
        index.ShouldBeGreaterThanOrEqualTo(0, $"{file} has no column {column}");
        foreach (var value in csv.Rows.Select(r => r[index]).OfType<string>())
        {
            keys.ShouldContain(value, $"{file}.{column} = {value}");
        }
    }

    private void Check(string file, string[] header, IEnumerable<string?[]> expected)
    {
        var csv = CsvFile.Read(export.PathOf("csv/" + file));
        csv.Header.ShouldBe(header, $"{file} header");
        var expectedRows = expected.ToList();
        csv.Rows.Count.ShouldBe(expectedRows.Count, $"{file} row count");
        for (var i = 0; i < expectedRows.Count; i++)
        {
            csv.Rows[i].ShouldBe(expectedRows[i], $"{file} row {i + 1}");
        }
    }

    private static List<Engagement> EngagementsById() => ById(Catalog.Engagements, e => e.Id);

    private static List<T> ById<T>(IEnumerable<T> items, Func<T, string> id) => items.OrderBy(id, StringComparer.Ordinal).ToList();

    private static string?[] Row(params string?[] fields) => fields.Select(f => string.IsNullOrEmpty(f) ? null : f).ToArray();

    /// <summary>A number as the export writes it: invariant, the shortest text that reads back exactly ("R").</summary>
    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;
}
