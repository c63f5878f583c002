using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.JsonLines;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// <c>plover/events.jsonl</c>: one PLOVER JSON event record per engagement that has a PLOVER coding, with every
/// field of the PLOVER manual's "Data Fields" chapter (table "PLOVER JSON" and its information objects) in the
/// manual's order, null where the dataset has no value, followed by a few fields of our own that the manual
/// allows (title, kind, status, precision, cameo). Engagements without a PLOVER coding (statements only:
/// PLOVER drops CAMEO's "make public statement") are not written. docs/exports.md documents the mapping.
/// </summary>
internal static class PloverExport
{
    public static IReadOnlyList<ExportedFile> Write(Dataset data, string directory)
    {
        using var file = new JsonLinesFile(Path.Combine(directory, "events.jsonl"));
        foreach (var engagement in data.ById.Engagements.Where(e => e.Plover is not null))
        {
            file.Write(json => WriteEvent(json, engagement, engagement.Plover!, data.DataVersion));
        }

        return new[] { new ExportedFile("plover/events.jsonl", file.Records) };
    }

    /// <param name="dataVersion">The data's release, which the citation names as the version.</param>
    private static void WriteEvent(Utf8JsonWriter json, Engagement engagement, PloverCoding plover, string dataVersion)
    {
        var (actor, recipient) = PloverActors.Split(engagement);
        json.WriteString("id", engagement.Id);
        json.WriteBoolean("has_event", true);
        json.WriteString("date", ExportText.Date(engagement.Date));
        // The dataset records days, not times of day.
        json.WriteNull("time");
        json.WriteString("enddate", ExportText.Date(engagement.EndDate));
        json.WriteNull("endtime");
        json.WriteArray("actor", actor, WriteEntity);
        json.WriteArray("recipient", recipient, WriteEntity);
        json.WriteStrings("event", new[] { ExportText.Enum(plover.Event).ToUpperInvariant() });
        PloverLocation.Write(json, "event_loc", engagement.Location);
        json.WriteStrings("event_text", engagement.Sources.SelectMany(c => c.Evidence));
        json.WriteNumber("quad_code", PloverQuadClass.Of(plover.Event));
        json.WriteNumber("event_scale", PloverScale.Of(plover.Event, plover.Mode));
        json.WriteStrings("mode", plover.Mode is { } mode ? new[] { mode } : System.Array.Empty<string>());
        json.WriteStrings("context", plover.Context);
        json.WriteNull("link");
        // The full text of the articles is not the dataset's to publish (the manual: only with the rights to it).
        json.WriteNull("text");
        json.WriteNull("text_info");
        PloverCiteInfo.Write(json, engagement, dataVersion);
        json.WriteString("coder", PloverCiteInfo.Coder);
        // No coding date is recorded per record, and a timestamp of the export would change the file on every run.
        json.WriteNull("coded_date");
        json.WriteNull("coded_time");
        json.WriteString("comment", engagement.Notes);
        json.WriteString("title", engagement.Title);
        json.WriteString("kind", ExportText.Enum(engagement.Kind));
        json.WriteString("status", ExportText.Enum(engagement.Status));
        json.WriteString("precision", ExportText.Enum(engagement.Precision));
        json.WriteStrings("cameo", engagement.CameoCodes.Select(c => c.Id));
    }

    private static void WriteEntity(Utf8JsonWriter json, PloverActor actor)
    {
        json.WriteString("code", actor.Code);
        json.WriteString("sector", actor.Sector);
        json.WriteString("entity_text", actor.EntityText);
        json.WriteString("identifier_id", actor.IdentifierId);
        json.WriteString("identifier_text", actor.IdentifierText);
        json.WriteNull("religion");
        json.WriteNull("ethnicity");
        json.WriteString("office", actor.Office);
        json.WriteNull("gender");
        json.WriteNull("age");
        json.WriteString("person_id", actor.PersonId);
        json.WriteString("organization_id", actor.OrganizationId);
        json.WriteString("part", actor.Part);
    }
}
