using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.JsonLines;

namespace DiplomacyData.Cli.Export.Popolo;

/// <summary>
/// <c>popolo/popolo.json</c>: the people, bodies and engagements as one Popolo JSON document (the Popolo
/// project's data specification), with the collections <c>persons</c>, <c>organizations</c>,
/// <c>memberships</c> (one per dated role), <c>areas</c> (the countries) and <c>events</c> (the engagements,
/// each with its forum as organizing organization), each sorted by id. Every key of an object is present
/// (null or an empty array when unknown), so each collection has one shape. Values the specification has
/// no property for are flagged with a leading <c>+</c>, as its "JSON serialization patterns" appendix
/// suggests: a person's country (<c>+country_id</c>), the source of a role's dates (<c>+note</c>) and a
/// country's Wikidata item (<c>+wikidata_id</c>: Popolo's Area has one identifier, which holds the ISO code).
/// Written compact, on one line with a final '\n', so that the bytes do not depend on the platform's line end.
/// docs/exports.md documents every key.
/// </summary>
internal static class PopoloExport
{
    public const string FileName = "popolo.json";

    /// <summary>The identifier scheme of Wikidata item ids (<c>Q4474</c>) in <c>identifiers</c>.</summary>
    public const string WikidataScheme = "wikidata";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<ExportedFile> Write(Dataset data, string directory)
    {
        var ordered = data.ById;
        var people = ordered.People;
        var memberships = people.SelectMany(p => p.Roles.Select((role, i) => (Person: p, Role: role, Position: i + 1))).ToList();
        using (var stream = ExportText.Create(Path.Combine(directory, FileName)))
        {
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                json.WriteArray("persons", people, WritePerson);
                json.WriteArray("organizations", ordered.Organizations, WriteOrganization);
                json.WriteArray("memberships", memberships, (json, m) => WriteMembership(json, m.Person, m.Role, m.Position));
                json.WriteArray("areas", ordered.Countries, WriteArea);
                json.WriteArray("events", ordered.Engagements, WriteEvent);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        var records = people.Count + ordered.Organizations.Count + memberships.Count + ordered.Countries.Count + ordered.Engagements.Count;
        return new[] { new ExportedFile("popolo/" + FileName, records) };
    }

    /// <summary>A membership's id: the person's id and the role's 1-based place in their roles.</summary>
    public static string MembershipId(Person person, int position) => person.Id + "/roles/" + ExportText.Number(position);

    private static void WritePerson(Utf8JsonWriter json, Person person)
    {
        json.WriteString("id", person.Id);
        json.WriteString("name", person.Name.Full);
        json.WriteString("given_name", person.Name.Given);
        json.WriteString("family_name", person.Name.Family);
        var otherNames = new List<(string Name, string Note)>();
        if (person.Name.Native is { } native)
        {
            otherNames.Add((native, "native script"));
        }

        otherNames.AddRange(person.Aliases.Select(alias => (alias, "alias")));
        json.WriteArray("other_names", otherNames, (json, other) =>
        {
            json.WriteString("name", other.Name);
            json.WriteString("note", other.Note);
        });
        WriteIdentifiers(json, person.WikidataId);
        json.WriteString("+country_id", person.Country.Id);
    }

    private static void WriteOrganization(Utf8JsonWriter json, Organization organization)
    {
        json.WriteString("id", organization.Id);
        json.WriteString("name", organization.Name);
        json.WriteArray("other_names", organization.ShortName is { } shortName ? new[] { shortName } : System.Array.Empty<string>(), (json, name) =>
        {
            json.WriteString("name", name);
            json.WriteString("note", "short name");
        });
        json.WriteString("classification", ExportText.Enum(organization.Kind));
        json.WriteString("area_id", organization.Country?.Id);
        WriteIdentifiers(json, organization.WikidataId);
    }

    private static void WriteMembership(Utf8JsonWriter json, Person person, Role role, int position)
    {
        json.WriteString("id", MembershipId(person, position));
        json.WriteString("label", role.ToString());
        json.WriteString("role", role.Title);
        json.WriteString("person_id", person.Id);
        json.WriteString("organization_id", role.Organization?.Id);
        json.WriteString("start_date", ExportText.Date(role.From));
        json.WriteString("end_date", ExportText.Date(role.To));
        json.WriteString("+note", role.Note);
    }

    private static void WriteArea(Utf8JsonWriter json, Country country)
    {
        json.WriteString("id", country.Id);
        json.WriteString("name", country.Name);
        // Area has one issued identifier, not a list: the ISO 3166-1 alpha-3 code, which is also its id.
        json.WriteString("identifier", country.Id);
        json.WriteString("classification", "country");
        json.WriteString("+wikidata_id", country.WikidataId);
    }

    private static void WriteEvent(Utf8JsonWriter json, Engagement engagement)
    {
        var (start, end) = PopoloDate.Of(engagement);
        json.WriteString("id", engagement.Id);
        json.WriteString("name", engagement.Title);
        json.WriteString("start_date", start);
        json.WriteString("end_date", end);
        json.WriteString("location", engagement.Location?.ToString());
        json.WriteString("status", ExportText.Enum(engagement.Status));
        json.WriteString("classification", ExportText.Enum(engagement.Kind));
        json.WriteString("organization_id", engagement.Forum?.Id);
        json.WriteArray("attendees", engagement.Participants, (json, participant) =>
        {
            json.WriteString("id", participant.Person.Id);
            json.WriteString("name", participant.Person.Name.Full);
        });
        json.WriteArray("sources", engagement.Sources, (json, citation) =>
        {
            json.WriteString("url", citation.Source.Url.OriginalString);
            json.WriteString("note", citation.Source.Title);
        });
    }

    private static void WriteIdentifiers(Utf8JsonWriter json, string? wikidataId)
    {
        json.WriteArray("identifiers", wikidataId is null ? System.Array.Empty<string>() : new[] { wikidataId }, (json, id) =>
        {
            json.WriteString("identifier", id);
            json.WriteString("scheme", WikidataScheme);
        });
    }
}
