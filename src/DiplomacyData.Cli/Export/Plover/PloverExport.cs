using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Export.JsonLines;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// <c>plover/events.jsonl</c>: one PLOVER JSON event record per engagement that has a PLOVER coding, with the
/// field names of the PLOVER specification's "JSON Data Fields" chapter (id, date, enddate, source, recipient,
/// event, mode, context, event_loc, event_text, quad_code, cite_info, coder, comment) and a few fields of
/// our own that the specification allows (kind, status, precision, title, cameo). Engagements without a
/// PLOVER coding (statements only: PLOVER drops CAMEO's "make public statement") are not written.
/// The tool's README documents the mapping.
/// </summary>
internal static class PloverExport
{
    public const string Corpus = "DiplomacyData";
    public const string Coder = "DiplomacyData curators (hand-coded)";

    public static IReadOnlyList<ExportedFile> Write(string directory)
    {
        using var file = new JsonLinesFile(Path.Combine(directory, "events.jsonl"));
        foreach (var engagement in OrderedCatalog.Engagements.Where(e => e.Plover is not null))
        {
            file.Write(json => WriteEvent(json, engagement, engagement.Plover!));
        }

        return new[] { new ExportedFile("plover/events.jsonl", file.Records) };
    }

    private static void WriteEvent(Utf8JsonWriter json, Engagement engagement, PloverCoding plover)
    {
        var (source, recipient) = PloverActors.Split(engagement);
        json.WriteString("id", engagement.Id);
        json.WriteBoolean("has_event", true);
        json.WriteString("date", ExportText.Date(engagement.Date));
        json.WriteString("enddate", ExportText.Date(engagement.EndDate));
        json.WriteArray("source", source, WriteActor);
        json.WriteArray("recipient", recipient, WriteActor);
        json.WriteStrings("event", new[] { ExportText.Enum(plover.Event).ToUpperInvariant() });
        json.WriteStrings("mode", plover.Mode is { } mode ? new[] { mode } : System.Array.Empty<string>());
        json.WriteStrings("context", plover.Context);
        json.WriteNumber("quad_code", PloverQuadClass.Of(plover.Event));
        if (engagement.Location is { } location)
        {
            json.WriteStartObject("event_loc");
            json.WriteString("name", location.City ?? location.Country.Name);
            json.WriteString("country code", location.Country.Alpha2);
            json.WriteString("cc3", location.Country.Id);
            json.WriteString("venue", location.Venue);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("event_loc");
        }

        json.WriteStrings("event_text", engagement.Sources.SelectMany(c => c.Evidence));
        json.WriteArray("cite_info", engagement.Sources, (json, citation) =>
        {
            var article = citation.Source;
            json.WriteString("corpus", Corpus);
            json.WriteString("citation", article.Id);
            json.WriteString("url", article.Url.OriginalString);
            json.WriteString("title", article.Title);
            json.WriteString("language", article.Language);
            json.WriteString("publication", article.Publisher);
            json.WriteString("published", ExportText.Date(article.Published));
            json.WriteString("version", Catalog.DataVersion);
        });
        json.WriteString("coder", Coder);
        json.WriteString("comment", engagement.Notes);
        json.WriteString("title", engagement.Title);
        json.WriteString("kind", ExportText.Enum(engagement.Kind));
        json.WriteString("status", ExportText.Enum(engagement.Status));
        json.WriteString("precision", ExportText.Enum(engagement.Precision));
        json.WriteStrings("cameo", engagement.CameoCodes.Select(c => c.Id));
    }

    private static void WriteActor(Utf8JsonWriter json, PloverActor actor)
    {
        json.WriteString("code", actor.Code);
        json.WriteString("sector", actor.Sector);
        json.WriteString("actor_text", actor.ActorText);
        json.WriteString("identifier_id", actor.IdentifierId);
        json.WriteString("identifier_text", actor.IdentifierText);
        json.WriteString("office", actor.Office);
        json.WriteString("person_id", actor.PersonId);
        json.WriteString("organization_id", actor.OrganizationId);
        json.WriteString("part", actor.Part);
    }
}
