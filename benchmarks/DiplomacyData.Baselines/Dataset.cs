using System;
using System.Collections.Generic;

namespace DiplomacyData.Baselines;

// The dataset as a run-time loader reads it: one document, the same keys as the curated YAML (camelCase of the
// constructor parameters), references to other records by id. Both the JSON and the YAML baseline deserialise
// into these classes; the Linker then builds the package's records from them. Absent keys mean null / empty.

public sealed class DatasetDto
{
    public List<CountryDto>? Countries { get; set; }
    public List<OrganizationDto>? Organizations { get; set; }
    public List<TopicDto>? Topics { get; set; }
    public List<CameoCodeDto>? CameoCodes { get; set; }
    public List<PersonDto>? People { get; set; }
    public List<SourceDto>? Sources { get; set; }
    public List<EngagementDto>? Engagements { get; set; }
}

public sealed class CountryDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string OfficialName { get; set; } = "";
    public string Alpha2 { get; set; } = "";
    public string? WikidataId { get; set; }
}

public sealed class OrganizationDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public OrganizationKind Kind { get; set; }
    public string? Country { get; set; }
    public string? ShortName { get; set; }
}

public sealed class TopicDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class CameoCodeDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public PloverEvent? Plover { get; set; }
    public string? PloverMode { get; set; }
}

public sealed class PersonDto
{
    public string Id { get; set; } = "";
    public PersonNameDto Name { get; set; } = new();
    public string Country { get; set; } = "";
    public List<string>? Aliases { get; set; }
    public List<RoleDto>? Roles { get; set; }
    public string? WikidataId { get; set; }
}

public sealed class PersonNameDto
{
    public string Given { get; set; } = "";
    public string Family { get; set; } = "";
    public string? Native { get; set; }
}

public sealed class RoleDto
{
    public string Title { get; set; } = "";
    public string? Organization { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public bool Acting { get; set; }
    public string? Note { get; set; }
}

public sealed class SourceDto
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public DateOnly? Published { get; set; }
    public string Url { get; set; } = "";
    public string Language { get; set; } = "";
    public string? PublishedNote { get; set; }
    public string? Dateline { get; set; }
}

public sealed class EngagementDto
{
    public string Id { get; set; } = "";
    public DateOnly Date { get; set; }
    public DatePrecision Precision { get; set; }
    public EngagementKind Kind { get; set; }
    public EngagementStatus Status { get; set; }
    public string Title { get; set; } = "";
    public List<ParticipantDto>? Participants { get; set; }
    public List<CitationDto>? Sources { get; set; }
    public List<string>? Topics { get; set; }
    public List<StatementDto>? Statements { get; set; }
    public List<string>? CameoCodes { get; set; }
    public List<string>? DistinctFrom { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? DateNote { get; set; }
    public LocationDto? Location { get; set; }
    public string? Forum { get; set; }
    public PloverCodingDto? Plover { get; set; }
    public string? Notes { get; set; }
}

public sealed class ParticipantDto
{
    public string Person { get; set; } = "";
    public ParticipantPart Part { get; set; }
    public string? ReportedTitle { get; set; }
}

public sealed class CitationDto
{
    public string Source { get; set; } = "";
    public List<string>? Evidence { get; set; }
    public string? Note { get; set; }
}

public sealed class StatementDto
{
    public string Speaker { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Quote { get; set; }
}

public sealed class LocationDto
{
    public string? City { get; set; }
    public string Country { get; set; } = "";
    public string? Venue { get; set; }
}

public sealed class PloverCodingDto
{
    public PloverEvent Event { get; set; }
    public string? Mode { get; set; }
    public List<string>? Context { get; set; }
}
