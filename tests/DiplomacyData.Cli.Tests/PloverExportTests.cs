using System.Globalization;
using System.Text.Json.Nodes;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>plover/events.jsonl</c> read back: one record per PLOVER-coded engagement, with the PLOVER specification's
/// field names, compared with the catalogue.
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
                ((string)place["name"]!).ShouldBe(location.City ?? location.Country.Name, because);
                ((string)place["country code"]!).ShouldBe(location.Country.Alpha2, because);
                ((string)place["cc3"]!).ShouldBe(location.Country.Id, because);
            }
            else
            {
                record["event_loc"].ShouldBeNull(because);
            }
        }
    }

    [Fact]
    public void Participants_become_source_and_recipient_actors_by_their_part()
    {
        foreach (var record in Events)
        {
            var engagement = Catalog.FindEngagement((string)record["id"]!)!;
            var source = record["source"]!.AsArray().Select(a => a!.AsObject()).ToList();
            var recipient = record["recipient"]!.AsArray().Select(a => a!.AsObject()).ToList();

            source.Count.ShouldBeGreaterThan(0, $"{engagement.Id}: PLOVER requires a source");
            if (engagement.Participants.Count == 0)
            {
                continue;
            }

            (source.Count + recipient.Count).ShouldBe(engagement.Participants.Count, engagement.Id);
            if (engagement.Participants.Any(p => !ReceivingParts.Contains(p.Part)))
            {
                recipient.Select(a => (string)a["person_id"]!).ShouldBe(
                    engagement.Participants.Where(p => ReceivingParts.Contains(p.Part)).Select(p => p.Person.Id), engagement.Id);
            }

            foreach (var actor in source.Concat(recipient))
            {
                var participant = engagement.Participants.Single(p => p.Person.Id == (string)actor["person_id"]!);
                ((string)actor["code"]!).ShouldBe(participant.Person.Country.Id);
                ((string)actor["actor_text"]!).ShouldBe(participant.Person.Name.Full);
                ((string)actor["part"]!).ShouldBe(Naming.Kebab(participant.Part));
                ((string?)actor["office"]).ShouldBe(participant.ReportedTitle ?? participant.Person.RoleOn(engagement.Date)?.Title);
                ((string?)actor["identifier_id"]).ShouldBe(participant.Person.WikidataId);
                ((string?)actor["organization_id"]).ShouldBe(participant.Person.RoleOn(engagement.Date)?.Organization?.Id);
            }
        }
    }

    [Fact]
    public void A_visit_has_the_visitor_as_source_and_the_host_as_recipient()
    {
        var record = Events.Single(e => (string)e["id"]! == "lavrov-araghchi-talks-2025-04-18");

        record["source"]!.AsArray().Select(a => (string)a!["person_id"]!).ShouldBe(["abbas-araghchi"]);
        record["recipient"]!.AsArray().Select(a => (string)a!["person_id"]!).ShouldBe(["sergey-lavrov"]);
        ((string)record["source"]![0]!["sector"]!).ShouldBe("GOV");
    }

    [Fact]
    public void An_engagement_without_participants_has_its_forum_as_source()
    {
        var engagement = Catalog.Engagements.Single(e => e.Participants.Count == 0 && e.Plover is not null);
        var record = Events.Single(e => (string)e["id"]! == engagement.Id);

        var actor = record["source"]!.AsArray().Single()!.AsObject();
        ((string)actor["organization_id"]!).ShouldBe(engagement.Forum!.Id);
        ((string)actor["actor_text"]!).ShouldBe(engagement.Forum.Name);
        ((string)actor["code"]!).ShouldBe(engagement.Forum.Country?.Id ?? "IGO");
        actor["person_id"].ShouldBeNull();
        record["recipient"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void Cite_info_names_every_source()
    {
        foreach (var record in Events)
        {
            var engagement = Catalog.FindEngagement((string)record["id"]!)!;
            var cites = record["cite_info"]!.AsArray().Select(c => c!.AsObject()).ToList();

            cites.Count.ShouldBe(engagement.Sources.Count);
            foreach (var (cite, citation) in cites.Zip(engagement.Sources))
            {
                ((string)cite["corpus"]!).ShouldBe("DiplomacyData");
                ((string)cite["citation"]!).ShouldBe(citation.Source.Id);
                ((string)cite["url"]!).ShouldBe(citation.Source.Url.OriginalString);
                ((string)cite["title"]!).ShouldBe(citation.Source.Title);
                ((string)cite["language"]!).ShouldBe(citation.Source.Language);
                ((string?)cite["publication"]).ShouldBe(citation.Source.Publisher);
                ((string)cite["version"]!).ShouldBe(Catalog.DataVersion);
            }
        }
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

    private static string[] Strings(JsonNode? node) => node!.AsArray().Select(v => (string)v!).ToArray();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
