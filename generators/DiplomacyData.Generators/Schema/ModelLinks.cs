namespace DiplomacyData.Generators.Schema;

/// <summary>
/// What the domain rules (Validate) read of the model records, found in the schema once, when it is read: the
/// only place where a model member, type or enum member is named in the generator, and each is named once, by the
/// property of its <c>*Links</c> record (<c>nameof</c> here, a property read in the views and rules). A link the model lacks
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
                engagement.Text(nameof(EngagementLinks.Id)),
                engagement.Date(nameof(EngagementLinks.Date)),
                engagement.Date(nameof(EngagementLinks.EndDate)),
                engagement.Enum(nameof(EngagementLinks.Precision), precision),
                engagement.Enum(nameof(EngagementLinks.Kind), kind),
                engagement.Enum(nameof(EngagementLinks.Status), status),
                engagement.List(nameof(EngagementLinks.Participants), participant),
                engagement.List(nameof(EngagementLinks.Sources), citation),
                engagement.List(nameof(EngagementLinks.Statements), statement),
                engagement.List(nameof(EngagementLinks.CameoCodes), cameo),
                engagement.Record(nameof(EngagementLinks.Location), location),
                engagement.Record(nameof(EngagementLinks.Plover), plover),
                engagement.Text(nameof(EngagementLinks.DateNote)),
                engagement.TextList(nameof(EngagementLinks.DistinctFrom)),
                new EngagementStatusLinks(status.Member(nameof(EngagementStatusLinks.Happened)), status.Member(nameof(EngagementStatusLinks.Planned))),
                new DatePrecisionLinks(
                    precision.Member(nameof(DatePrecisionLinks.Day)),
                    precision.Member(nameof(DatePrecisionLinks.Month)),
                    precision.Member(nameof(DatePrecisionLinks.Range)),
                    precision.Member(nameof(DatePrecisionLinks.Approximate)))),
            new ParticipantLinks(participant.Name, participant.Record(nameof(ParticipantLinks.Person), person), participant.Text(nameof(ParticipantLinks.ReportedTitle))),
            new CitationLinks(citation.Name, citation.Record(nameof(CitationLinks.Source), source), citation.TextList(nameof(CitationLinks.Evidence))),
            new StatementLinks(statement.Name, statement.Text(nameof(StatementLinks.Quote))),
            new PloverCodingLinks(plover.Name, plover.Enum(nameof(PloverCodingLinks.Event), ploverEvent)),
            new LocationLinks(location.Name, location.Text(nameof(LocationLinks.City)), location.Record(nameof(LocationLinks.Country), country), location.Record(nameof(LocationLinks.Place), place)),
            new PersonLinks(person.Name, person.Text(nameof(PersonLinks.Id)), person.Record(nameof(PersonLinks.Name), personName), person.TextList(nameof(PersonLinks.Aliases)), person.List(nameof(PersonLinks.Roles), role)),
            new PersonNameLinks(personName.Name, personName.Text(nameof(PersonNameLinks.Given)), personName.Text(nameof(PersonNameLinks.Family)), personName.Text(nameof(PersonNameLinks.Native))),
            new RoleLinks(role.Name, role.Text(nameof(RoleLinks.Title)), role.Record(nameof(RoleLinks.Organization), organization), role.Date(nameof(RoleLinks.From)), role.Date(nameof(RoleLinks.To)), role.Boolean(nameof(RoleLinks.Acting))),
            new CountryLinks(country.Name, country.Text(nameof(CountryLinks.Alpha2))),
            new SourceLinks(source.Name, source.Date(nameof(SourceLinks.Published)), source.Text(nameof(SourceLinks.Dateline)), source.Text(nameof(SourceLinks.Language))),
            new CameoCodeLinks(cameo.Name, cameo.Enum(nameof(CameoCodeLinks.Plover), ploverEvent)),
            new PlaceLinks(place.Name, place.Text(nameof(PlaceLinks.Name)), place.Record(nameof(PlaceLinks.Country), country), place.Enum(nameof(PlaceLinks.Resolution), resolution), place.Number(nameof(PlaceLinks.Latitude)), place.Number(nameof(PlaceLinks.Longitude)), new PlaceResolutionLinks(resolution.Member(nameof(PlaceResolutionLinks.City)))),
            model.IdentifierNote(nameof(IdentifierNote)));
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
    EngagementStatusLinks Statuses,
    DatePrecisionLinks Precisions);

/// <summary>The members of the model's <c>EngagementStatus</c> the rules tell apart.</summary>
internal sealed record EngagementStatusLinks(EnumMemberLink Happened, EnumMemberLink Planned);

/// <summary>The members of the model's <c>DatePrecision</c> the rules tell apart.</summary>
internal sealed record DatePrecisionLinks(EnumMemberLink Day, EnumMemberLink Month, EnumMemberLink Range, EnumMemberLink Approximate);

/// <summary>The member of the model's <c>PlaceResolution</c> the rules tell apart.</summary>
internal sealed record PlaceResolutionLinks(EnumMemberLink City);

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

internal sealed record PlaceLinks(string Type, MemberLink Name, MemberLink Country, MemberLink Resolution, MemberLink Latitude, MemberLink Longitude, PlaceResolutionLinks Resolutions);
