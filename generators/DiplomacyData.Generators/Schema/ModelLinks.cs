namespace DiplomacyData.Generators.Schema;

/// <summary>
/// What the domain rules (Validate) read of the model records, found in the schema once, when it is read: the
/// only place where a model member, type or enum member is named in the generator. A link the model lacks
/// (a member renamed, an enum member removed, a type changed) is DD0192 at the model's declaration, so that
/// the build of the data fails there instead of a rule going quiet; the missing link matches nothing.
/// </summary>
/// <param name="IdentifierNote">
/// The member that says where the identifiers from other systems of a record come from, on every entity that
/// has such an identifier (a member under [DatasetPattern] or [DatasetRange]).
/// </param>
internal sealed record ModelLinks(
    EngagementLinks Engagement,
    ParticipantLinks Participant,
    CitationLinks Citation,
    StatementLinks Statement,
    PloverCodingLinks PloverCoding,
    LocationLinks Location,
    PersonLinks Person,
    PersonNameLinks PersonName,
    RoleLinks Role,
    CountryLinks Country,
    SourceLinks Source,
    CameoCodeLinks CameoCode,
    PlaceLinks Place,
    string IdentifierNote)
{
    private const string Model = "DiplomacyData.";

    /// <summary>Every link, checked against the schema; DD0192 for each one the model lacks.</summary>
    public static ModelLinks Resolve(LinkResolver model)
    {
        var engagement = model.Record(Model + "Engagement");
        var participant = model.Record(Model + "Participant");
        var citation = model.Record(Model + "Citation");
        var statement = model.Record(Model + "Statement");
        var plover = model.Record(Model + "PloverCoding");
        var location = model.Record(Model + "Location");
        var person = model.Record(Model + "Person");
        var personName = model.Record(Model + "PersonName");
        var role = model.Record(Model + "Role");
        var country = model.Record(Model + "Country");
        var source = model.Record(Model + "Source");
        var cameo = model.Record(Model + "CameoCode");
        var place = model.Record(Model + "Place");
        var organization = model.Record(Model + "Organization");
        var precision = model.Enum(Model + "DatePrecision");
        var status = model.Enum(Model + "EngagementStatus");
        var kind = model.Enum(Model + "EngagementKind");
        var ploverEvent = model.Enum(Model + "PloverEvent");
        var resolution = model.Enum(Model + "PlaceResolution");

        return new ModelLinks(
            new EngagementLinks(
                engagement.Name,
                engagement.Text("Id"),
                engagement.Date("Date"),
                engagement.Date("EndDate"),
                engagement.Enum("Precision", precision),
                engagement.Enum("Kind", kind),
                engagement.Enum("Status", status),
                engagement.List("Participants", participant),
                engagement.List("Sources", citation),
                engagement.List("Statements", statement),
                engagement.List("CameoCodes", cameo),
                engagement.Record("Location", location),
                engagement.Record("Plover", plover),
                engagement.Text("DateNote"),
                engagement.TextList("DistinctFrom"),
                status.Member("Happened"),
                status.Member("Planned"),
                precision.Member("Day"),
                precision.Member("Month"),
                precision.Member("Range"),
                precision.Member("Approximate")),
            new ParticipantLinks(participant.Name, participant.Record("Person", person), participant.Text("ReportedTitle")),
            new CitationLinks(citation.Name, citation.Record("Source", source), citation.TextList("Evidence")),
            new StatementLinks(statement.Name, statement.Text("Quote")),
            new PloverCodingLinks(plover.Name, plover.Enum("Event", ploverEvent)),
            new LocationLinks(location.Name, location.Text("City"), location.Record("Country", country), location.Record("Place", place)),
            new PersonLinks(person.Name, person.Text("Id"), person.Record("Name", personName), person.TextList("Aliases"), person.List("Roles", role)),
            new PersonNameLinks(personName.Name, personName.Text("Given"), personName.Text("Family"), personName.Text("Native")),
            new RoleLinks(role.Name, role.Text("Title"), role.Record("Organization", organization), role.Date("From"), role.Date("To"), role.Boolean("Acting")),
            new CountryLinks(country.Name, country.Text("Alpha2")),
            new SourceLinks(source.Name, source.Date("Published"), source.Text("Dateline"), source.Text("Language")),
            new CameoCodeLinks(cameo.Name, cameo.Enum("Plover", ploverEvent)),
            new PlaceLinks(place.Name, place.Text("Name"), place.Record("Country", country), place.Enum("Resolution", resolution), place.Number("Latitude"), place.Number("Longitude"), resolution.Member("City")),
            model.IdentifierNote("IdentifierNote"));
    }
}

/// <summary>A member the rules read: its parameter (how bound values are keyed) and its YAML key (how messages name it).</summary>
/// <param name="ParameterName">Empty when the model lacks the member (DD0192): it then matches no value.</param>
internal sealed record MemberLink(string ParameterName, string YamlKey);

/// <summary>An enum member the rules compare with: its C# name (as bound) and its YAML spelling (for messages).</summary>
/// <param name="CSharpName">Empty when the model lacks the member (DD0192): it then matches no value.</param>
internal sealed record EnumMemberLink(string CSharpName, string YamlName);

/// <param name="Type">Metadata name of each record type; empty when the model lacks it (DD0192).</param>
internal sealed record EngagementLinks(
    string Type,
    MemberLink Id,
    MemberLink Date,
    MemberLink EndDate,
    MemberLink Precision,
    MemberLink Kind,
    MemberLink Status,
    MemberLink Participants,
    MemberLink Sources,
    MemberLink Statements,
    MemberLink CameoCodes,
    MemberLink Location,
    MemberLink Plover,
    MemberLink DateNote,
    MemberLink DistinctFrom,
    EnumMemberLink Happened,
    EnumMemberLink Planned,
    EnumMemberLink DayPrecision,
    EnumMemberLink MonthPrecision,
    EnumMemberLink RangePrecision,
    EnumMemberLink ApproximatePrecision);

internal sealed record ParticipantLinks(string Type, MemberLink Person, MemberLink ReportedTitle);

internal sealed record CitationLinks(string Type, MemberLink Source, MemberLink Evidence);

internal sealed record StatementLinks(string Type, MemberLink Quote);

internal sealed record PloverCodingLinks(string Type, MemberLink Event);

internal sealed record LocationLinks(string Type, MemberLink City, MemberLink Country, MemberLink Place);

internal sealed record PersonLinks(string Type, MemberLink Id, MemberLink Name, MemberLink Aliases, MemberLink Roles);

internal sealed record PersonNameLinks(string Type, MemberLink Given, MemberLink Family, MemberLink Native);

internal sealed record RoleLinks(string Type, MemberLink Title, MemberLink Organization, MemberLink From, MemberLink To, MemberLink Acting);

internal sealed record CountryLinks(string Type, MemberLink Alpha2);

internal sealed record SourceLinks(string Type, MemberLink Published, MemberLink Dateline, MemberLink Language);

internal sealed record CameoCodeLinks(string Type, MemberLink Plover);

internal sealed record PlaceLinks(string Type, MemberLink Name, MemberLink Country, MemberLink Resolution, MemberLink Latitude, MemberLink Longitude, EnumMemberLink CityResolution);
