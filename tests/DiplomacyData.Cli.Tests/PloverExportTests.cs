using System.Globalization;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>plover/events.jsonl</c> read back: one record per PLOVER-coded engagement, held to the PLOVER manual's
/// "Data Fields" tables (Reference/plover-data-fields.tsv) and compared with the catalogue.
/// </summary>
public class PloverExportTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private static readonly HashSet<ParticipantPart> ReceivingParts = [ParticipantPart.Host, ParticipantPart.Callee, ParticipantPart.Recipient];

    private List<JsonObject> Events => JsonLinesFile.Read(export.PathOf("plover/events.jsonl"));

    [Fact]
    public void One_record_per_coded_engagement_by_id_and_none_for_the_uncoded()
    {
        var coded = Catalog.Engagements.Where(e => e.Plover is not null).Select(e => e.Id).Order(StringComparer.Ordinal);

        Events.Select(e => (string)e["id"]!).ShouldBe(coded);
        Events.ShouldNotContain(e => (string)e["id"]! == "peskov-briefing-ukraine-2025-04", "a statements-only briefing has no PLOVER event");
    }

    [Fact]
    public void Core_fields_carry_the_coding_dates_and_place()
    {
        foreach (var record in Events)
        {
            var engagement = Catalog.FindEngagement((string)record["id"]!)!;
            var plover = engagement.Plover!;
            var because = engagement.Id;

            ((bool)record["has_event"]!).ShouldBeTrue(because);
            ((string)record["date"]!).ShouldBe(Iso(engagement.Date), because);
            ((string?)record["enddate"]).ShouldBe(engagement.EndDate is { } end ? Iso(end) : null, because);
            Strings(record["event"]).ShouldBe([plover.Event.ToString().ToUpperInvariant()], because);
            Strings(record["mode"]).ShouldBe(plover.Mode is null ? [] : [plover.Mode], because);
            Strings(record["context"]).ShouldBe(plover.Context, because);
            ((int)record["quad_code"]!).ShouldBe(QuadCode(plover.Event), because);
            Strings(record["event_text"]).ShouldBe(engagement.Sources.SelectMany(c => c.Evidence), because);
            Strings(record["cameo"]).ShouldBe(engagement.CameoCodes.Select(c => c.Id), because);
            ((string)record["title"]!).ShouldBe(engagement.Title, because);
            ((string?)record["comment"]).ShouldBe(engagement.Notes, because);

            if (engagement.Location is { } location)
            {
                var place = record["event_loc"]!.AsObject();
                ((string)place["resolved_place"]!).ShouldBe(location.Place?.Name ?? location.City ?? location.Country.Name, because);
                ((int?)place["geonameid"]).ShouldBe(location.Place?.GeoNamesId, because);
                ((double?)place["lat"]).ShouldBe(location.Place?.Latitude, because);
                ((double?)place["lon"]).ShouldBe(location.Place?.Longitude, because);
                ((string?)place["city"]).ShouldBe(location.City, because);
                ((string)place["country"]!).ShouldBe(location.Country.Name, because);
                ((string)place["country_code"]!).ShouldBe(location.Country.Id, because);
                // The manual's resolution codes: 5 venue, 4 city, 2 province (first-order division), 1 country.
                var expectedResolution = location.Place?.Resolution switch
                {
                    PlaceResolution.Venue => 5,
                    PlaceResolution.City => 4,
                    PlaceResolution.Province => 2,
                    PlaceResolution.Country => 1,
                    _ => location.City is null ? 1 : 4,
                };
                ((int)place["resolution"]!).ShouldBe(expectedResolution, because);
                ((string?)place["venue"]).ShouldBe(location.Venue, because);
            }
            else
            {
                record["event_loc"].ShouldBeNull(because);
            }
        }
    }

    [Fact]
    public void Participants_become_actor_and_recipient_entities_by_their_part()
    {
        foreach (var record in Events)
        {
            var engagement = Catalog.FindEngagement((string)record["id"]!)!;
            var actors = record["actor"]!.AsArray().Select(a => a!.AsObject()).ToList();
            var recipient = record["recipient"]!.AsArray().Select(a => a!.AsObject()).ToList();

            actors.Count.ShouldBeGreaterThan(0, $"{engagement.Id}: PLOVER requires an actor");
            if (engagement.Participants.Count == 0)
            {
                continue;
            }

            (actors.Count + recipient.Count).ShouldBe(engagement.Participants.Count, engagement.Id);
            if (engagement.Participants.Any(p => !ReceivingParts.Contains(p.Part)))
            {
                recipient.Select(a => (string)a["person_id"]!).ShouldBe(
                    engagement.Participants.Where(p => ReceivingParts.Contains(p.Part)).Select(p => p.Person.Id), engagement.Id);
            }

            foreach (var actor in actors.Concat(recipient))
            {
                var participant = engagement.Participants.Single(p => p.Person.Id == (string)actor["person_id"]!);
                ((string)actor["code"]!).ShouldBe(participant.Person.Country.Id);
                ((string)actor["entity_text"]!).ShouldBe(participant.Person.Name.Full);
                ((string)actor["identifier_text"]!).ShouldBe(participant.Person.Name.Full);
                ((string)actor["part"]!).ShouldBe(Naming.Kebab(participant.Part));
                ((string?)actor["office"]).ShouldBe(participant.ReportedTitle ?? participant.Person.RoleOn(engagement.Date)?.Title);
                ((string?)actor["identifier_id"]).ShouldBe(participant.Person.WikidataId);
                ((string?)actor["organization_id"]).ShouldBe(participant.Person.RoleOn(engagement.Date)?.Organization?.Id);
            }
        }
    }

    [Fact]
    public void A_visit_has_the_visitor_as_actor_and_the_host_as_recipient()
    {
        var record = Events.Single(e => (string)e["id"]! == "lavrov-araghchi-talks-2025-04-18");

        record["actor"]!.AsArray().Select(a => (string)a!["person_id"]!).ShouldBe(["abbas-araghchi"]);
        record["recipient"]!.AsArray().Select(a => (string)a!["person_id"]!).ShouldBe(["sergey-lavrov"]);
        ((string)record["actor"]![0]!["sector"]!).ShouldBe("GOV");
    }

    [Fact]
    public void An_engagement_without_participants_has_its_forum_as_actor()
    {
        var engagement = Catalog.Engagements.Single(e => e.Participants.Count == 0 && e.Plover is not null);
        var record = Events.Single(e => (string)e["id"]! == engagement.Id);

        var actor = record["actor"]!.AsArray().Single()!.AsObject();
        ((string)actor["organization_id"]!).ShouldBe(engagement.Forum!.Id);
        ((string)actor["entity_text"]!).ShouldBe(engagement.Forum.Name);
        ((string)actor["code"]!).ShouldBe(engagement.Forum.Country?.Id ?? "IGO");
        actor["person_id"].ShouldBeNull();
        record["recipient"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void Cite_info_is_one_object_whose_text_fields_list_every_source_in_order()
    {
        foreach (var record in Events)
        {
            var engagement = Catalog.FindEngagement((string)record["id"]!)!;
            var cite = record["cite_info"]!.AsObject();
            var sources = engagement.Sources.Select(c => c.Source).ToList();
            var because = engagement.Id;

            ((string)cite["corpus"]!).ShouldBe("DiplomacyData", because);
            Strings(cite["citation"]).ShouldBe(sources.Select(s => s.Id), because);
            Strings(cite["url"]).ShouldBe(sources.Select(s => s.Url.OriginalString), because);
            Strings(cite["title"]).ShouldBe(sources.Select(s => s.Title), because);
            cite["language"]!.AsArray().Select(v => (string?)v).ShouldBe(sources.Select(s => s.Language.Split('-')[0] is { Length: 2 } code ? code : null), because);
            cite["publication"]!.AsArray().Select(v => (string?)v).ShouldBe(sources.Select(s => s.Publisher), because);
            cite["license"].ShouldBeNull(because);
            cite["copyright"].ShouldBeNull(because);
            ((string)cite["coder"]!).ShouldBe((string)record["coder"]!, because);
            ((string)cite["codebook"]!).ShouldBe("plover-2.0", because);
            ((string)cite["version"]!).ShouldBe(Catalog.DataVersion, because);
        }
    }

    [Fact]
    public void Event_scale_is_the_manuals_score_of_the_category_and_mode()
    {
        var scores = ManualScores();
        foreach (var record in Events)
        {
            var plover = Catalog.FindEngagement((string)record["id"]!)!.Plover!;
            var category = plover.Event.ToString().ToUpperInvariant();
            var expected = plover.Mode is { } mode && scores.TryGetValue($"{category}: {mode}", out var withMode) ? withMode : scores[category];

            ((double)record["event_scale"]!).ShouldBe(expected, (string)record["id"]!);
        }
    }

    [Fact]
    public void The_codings_in_the_data_have_modes_the_score_table_lists()
    {
        // A mode missing from the table would silently take its category's score: every coded mode is listed.
        var scores = ManualScores();
        var unlisted = Catalog.Engagements
            .Where(e => e.Plover is { Mode: not null })
            .Select(e => $"{e.Plover!.Event.ToString().ToUpperInvariant()}: {e.Plover.Mode}")
            .Where(key => !scores.ContainsKey(key))
            .Distinct();

        unlisted.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PloverEvent.Consult, "visit", 4)]
    [InlineData(PloverEvent.Consult, "third-party", 1)]
    [InlineData(PloverEvent.Consult, "Third-party", 1)]
    [InlineData(PloverEvent.Consult, "phone", 1.5)]
    [InlineData(PloverEvent.Consult, null, 2.5)]
    [InlineData(PloverEvent.Consult, "not-a-mode", 2.5)]
    [InlineData(PloverEvent.Agree, null, 2.5)]
    [InlineData(PloverEvent.Assault, "unconventional", -10)]
    [InlineData(PloverEvent.Request, "assist", 0.5)]
    public void Scale_lookup_matches_modes_in_any_case_and_falls_back_to_the_category(PloverEvent category, string? mode, double expected)
    {
        DiplomacyData.Cli.Export.Plover.PloverScale.Of(category, mode).ShouldBe(expected);
    }

    [Fact]
    public void The_score_table_has_a_score_for_every_category()
    {
        var scores = ManualScores();
        foreach (var category in Enum.GetValues<PloverEvent>())
        {
            scores.ShouldContainKey(category.ToString().ToUpperInvariant());
        }
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("fa-Latn-IR", "fa")]
    [InlineData("RU", "ru")]
    [InlineData("haw", null)]
    public void Languages_are_given_as_iso_639_1_codes(string bcp47, string? expected)
    {
        DiplomacyData.Cli.Export.Plover.PloverCiteInfo.Iso639_1(bcp47).ShouldBe(expected);
    }

    /// <summary>The PLOVER manual's quad categories; REQUEST stands where the manual has DEMAND.</summary>
    private static int QuadCode(PloverEvent plover) => plover switch
    {
        PloverEvent.Agree or PloverEvent.Consult or PloverEvent.Support or PloverEvent.Concede => 1,
        PloverEvent.Cooperate or PloverEvent.Aid or PloverEvent.Retreat => 2,
        PloverEvent.Request or PloverEvent.Accuse or PloverEvent.Reject or PloverEvent.Threaten or PloverEvent.Sanction => 3,
        PloverEvent.Protest or PloverEvent.Mobilize or PloverEvent.Coerce or PloverEvent.Assault => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(plover)),
    };

    /// <summary>The manual's score table as the tool ships it, read here with the tests' own parser.</summary>
    private static Dictionary<string, double> ManualScores() =>
        System.IO.File.ReadAllLines(Repository.PathOf("src", "DiplomacyData.Cli", "Export", "Plover", "plover-scores.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => double.Parse(cells[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(v => (string)v!).ToArray();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
