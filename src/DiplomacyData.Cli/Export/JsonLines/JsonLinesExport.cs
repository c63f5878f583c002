using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Export.JsonLines;

/// <summary>
/// <c>jsonl/</c>: one file per entity, one object per record. Every key is always present (null when the
/// value is unknown) so that each file has one schema; references are ids (<c>country_id</c>); lists that
/// belong to a record are nested in it. docs/exports.md documents every key.
/// </summary>
internal static class JsonLinesExport
{
    /// <summary>The records without lists, written from the export specification's tables, field for field, and described by them in datapackage.json.</summary>
    internal static readonly string[] FlatTables = ["countries", "organizations", "places", "topics", "sources", "cameo_codes"];

    public static IReadOnlyList<ExportedFile> Write(Dataset data, string directory) =>
        FlatTables.Select(name => TableFile(directory, ExportTables.Named(name), data))
            .Append(File(directory, "people.jsonl", data.ById.People, WritePerson))
            .Append(File(directory, "engagements.jsonl", data.ById.Engagements, WriteEngagement))
            .ToList();

    /// <summary>One object per row of <paramref name="table"/>, its columns as keys in order, typed as the table types them.</summary>
    private static ExportedFile TableFile(string directory, IExportTable table, Dataset data)
    {
        using var file = new JsonLinesFile(Path.Combine(directory, table.Name + ".jsonl"));
        foreach (var row in table.Rows(data))
        {
            file.Write(json =>
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    WriteValue(json, table.Columns[i].Name, row[i]);
                }
            });
        }

        return new ExportedFile("jsonl/" + table.Name + ".jsonl", file.Records, table);
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case double number:
                json.WriteNumber(name, number);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case System.DateOnly day:
                json.WriteString(name, ExportText.Date(day));
                break;
            default:
                throw new System.InvalidOperationException($"no JSON for a {value.GetType().Name} in column '{name}'");
        }
    }

    private static ExportedFile File<T>(string directory, string name, IEnumerable<T> records, System.Action<Utf8JsonWriter, T> write)
    {
        using var file = new JsonLinesFile(Path.Combine(directory, name));
        foreach (var record in records)
        {
            file.Write(json => write(json, record));
        }

        return new ExportedFile("jsonl/" + name, file.Records);
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
