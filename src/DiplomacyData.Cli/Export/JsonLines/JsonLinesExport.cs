using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Export.JsonLines;

/// <summary>
/// <c>jsonl/</c>: one file per entity, one object per record. Every key is always present (null when the
/// value is unknown) so that each file has one schema; references are ids (<c>country_id</c>); lists that
/// belong to a record are nested in it. docs/exports.md documents every key.
/// </summary>
internal static class JsonLinesExport
{
    public static IReadOnlyList<ExportedFile> Write(Dataset data, string directory) => new[]
    {
        File(directory, "countries.jsonl", data.ById.Countries, WriteCountry),
        File(directory, "organizations.jsonl", data.ById.Organizations, WriteOrganization),
        File(directory, "places.jsonl", data.ById.Places, WritePlace),
        File(directory, "topics.jsonl", data.ById.Topics, WriteTopic),
        File(directory, "sources.jsonl", data.ById.Sources, WriteSource),
        File(directory, "cameo_codes.jsonl", data.ById.CameoCodes, WriteCameoCode),
        File(directory, "people.jsonl", data.ById.People, WritePerson),
        File(directory, "engagements.jsonl", data.ById.Engagements, WriteEngagement),
    };

    private static ExportedFile File<T>(string directory, string name, IEnumerable<T> records, System.Action<Utf8JsonWriter, T> write)
    {
        using var file = new JsonLinesFile(Path.Combine(directory, name));
        foreach (var record in records)
        {
            file.Write(json => write(json, record));
        }

        return new ExportedFile("jsonl/" + name, file.Records);
    }

    private static void WriteCountry(Utf8JsonWriter json, Country country)
    {
        json.WriteString("id", country.Id);
        json.WriteString("name", country.Name);
        json.WriteString("official_name", country.OfficialName);
        json.WriteString("alpha2", country.Alpha2);
        json.WriteString("wikidata_id", country.WikidataId);
        WriteNumber(json, "cow_code", country.CowCode);
        json.WriteString("cow_abbreviation", country.CowAbbreviation);
        WriteNumber(json, "gleditsch_ward_code", country.GleditschWardCode);
        json.WriteString("identifier_note", country.IdentifierNote);
    }

    private static void WriteOrganization(Utf8JsonWriter json, Organization organization)
    {
        json.WriteString("id", organization.Id);
        json.WriteString("name", organization.Name);
        json.WriteString("kind", ExportText.Enum(organization.Kind));
        json.WriteString("country_id", organization.Country?.Id);
        json.WriteString("short_name", organization.ShortName);
        json.WriteString("wikidata_id", organization.WikidataId);
        json.WriteString("identifier_note", organization.IdentifierNote);
    }

    private static void WritePlace(Utf8JsonWriter json, Place place)
    {
        json.WriteString("id", place.Id);
        json.WriteString("name", place.Name);
        json.WriteString("country_id", place.Country.Id);
        json.WriteString("resolution", ExportText.Enum(place.Resolution));
        WriteNumber(json, "geonames_id", place.GeoNamesId);
        WriteNumber(json, "latitude", place.Latitude);
        WriteNumber(json, "longitude", place.Longitude);
        json.WriteString("wikidata_id", place.WikidataId);
        json.WriteString("identifier_note", place.IdentifierNote);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteTopic(Utf8JsonWriter json, Topic topic)
    {
        json.WriteString("id", topic.Id);
        json.WriteString("name", topic.Name);
        json.WriteString("description", topic.Description);
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteString("id", source.Id);
        json.WriteString("title", source.Title);
        json.WriteString("publisher", source.Publisher);
        json.WriteString("published", ExportText.Date(source.Published));
        json.WriteString("url", source.Url.OriginalString);
        json.WriteString("language", source.Language);
        json.WriteString("published_note", source.PublishedNote);
        json.WriteString("dateline", source.Dateline);
    }

    private static void WriteCameoCode(Utf8JsonWriter json, CameoCode code)
    {
        json.WriteString("id", code.Id);
        json.WriteString("name", code.Name);
        json.WriteString("root", code.Root);
        json.WriteString("plover_event", code.Plover is { } plover ? ExportText.Enum(plover) : null);
        json.WriteString("plover_mode", code.PloverMode);
    }

    private static void WritePerson(Utf8JsonWriter json, Person person)
    {
        json.WriteString("id", person.Id);
        json.WriteString("given_name", person.Name.Given);
        json.WriteString("family_name", person.Name.Family);
        json.WriteString("full_name", person.Name.Full);
        json.WriteString("native_name", person.Name.Native);
        json.WriteString("country_id", person.Country.Id);
        json.WriteStrings("aliases", person.Aliases);
        json.WriteString("wikidata_id", person.WikidataId);
        json.WriteString("identifier_note", person.IdentifierNote);
        json.WriteString("alias_note", person.AliasNote);
        json.WriteArray("roles", person.Roles, (json, role) =>
        {
            json.WriteString("title", role.Title);
            json.WriteString("organization_id", role.Organization?.Id);
            json.WriteString("from_date", ExportText.Date(role.From));
            json.WriteString("to_date", ExportText.Date(role.To));
            json.WriteBoolean("acting", role.Acting);
            json.WriteString("note", role.Note);
        });
    }

    private static void WriteEngagement(Utf8JsonWriter json, Engagement engagement)
    {
        json.WriteString("id", engagement.Id);
        json.WriteString("date", ExportText.Date(engagement.Date));
        json.WriteString("precision", ExportText.Enum(engagement.Precision));
        json.WriteString("end_date", ExportText.Date(engagement.EndDate));
        json.WriteString("date_note", engagement.DateNote);
        json.WriteString("kind", ExportText.Enum(engagement.Kind));
        json.WriteString("status", ExportText.Enum(engagement.Status));
        json.WriteString("title", engagement.Title);
        if (engagement.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("city", location.City);
            json.WriteString("country_id", location.Country.Id);
            json.WriteString("venue", location.Venue);
            json.WriteString("place_id", location.Place?.Id);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("location");
        }

        json.WriteString("forum_id", engagement.Forum?.Id);
        json.WriteArray("participants", engagement.Participants, (json, participant) =>
        {
            json.WriteString("person_id", participant.Person.Id);
            json.WriteString("part", ExportText.Enum(participant.Part));
            json.WriteString("reported_title", participant.ReportedTitle);
        });
        json.WriteStrings("topic_ids", engagement.Topics.Select(t => t.Id));
        json.WriteArray("statements", engagement.Statements, (json, statement) =>
        {
            json.WriteString("speaker_id", statement.Speaker.Id);
            json.WriteString("summary", statement.Summary);
            json.WriteString("quote", statement.Quote);
        });
        json.WriteStrings("cameo_code_ids", engagement.CameoCodes.Select(c => c.Id));
        if (engagement.Plover is { } plover)
        {
            json.WriteStartObject("plover");
            json.WriteString("event", ExportText.Enum(plover.Event));
            json.WriteString("mode", plover.Mode);
            json.WriteStrings("context", plover.Context);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("plover");
        }

        json.WriteArray("sources", engagement.Sources, (json, citation) =>
        {
            json.WriteString("source_id", citation.Source.Id);
            json.WriteStrings("evidence", citation.Evidence);
            json.WriteString("note", citation.Note);
        });
        json.WriteString("notes", engagement.Notes);
    }
}
