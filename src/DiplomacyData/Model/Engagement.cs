using System;
using System.Globalization;
using System.Collections.Generic;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>
/// One diplomatic engagement: a meeting, visit, call, conveyed message, press conference or session.
/// Several reports of the same engagement are several <see cref="Sources"/>, not several engagements.
/// </summary>
/// <param name="Id">Kebab-case id, e.g. <c>lavrov-araghchi-2025-04-18</c>.</param>
/// <param name="Date">The (first) day. With <see cref="DatePrecision.Month"/> it is the first of the month.</param>
/// <param name="Precision">How precisely the sources fix <paramref name="Date"/>.</param>
/// <param name="Kind">What sort of engagement it was.</param>
/// <param name="Status">Whether it happened or was announced as planned.</param>
/// <param name="Title">One-line description, e.g. <c>Lavrov and Araghchi hold talks in Moscow</c>.</param>
/// <param name="Participants">Who took part and in what capacity.</param>
/// <param name="Sources">The reports of it, each with verbatim evidence.</param>
/// <param name="Topics">What was discussed (empty when not reported).</param>
/// <param name="Statements">What participants said (empty when not reported).</param>
/// <param name="CameoCodes">CAMEO event codes from the codebook (<see cref="CameoCode.Id"/> keeps the leading zero: <c>042</c>); empty when not coded. In YAML, the codes as quoted strings.</param>
/// <param name="DistinctFrom">
/// Ids of engagements that overlap this one in time and share two or more of its participants, and that the
/// curator checked are other engagements (a bilateral meeting on the sidelines of a multilateral one, talks
/// and the press conference after them); empty for most. Without it the build warns that the two look like
/// one engagement written twice (DD0309). In YAML, <c>distinctFrom: [id, …]</c> on either of the two.
/// </param>
/// <param name="EndDate">Last day, for engagements spanning several days or dated within a range; null otherwise.</param>
/// <param name="DateNote">How the date was resolved (e.g. "Tuesday" against the dateline), when it is not stated outright.</param>
/// <param name="Location">Where it took place; null when unknown or when it has no place (a phone call).</param>
/// <param name="Forum">The body or format it took place in (e.g. BRICS, a commission); null for plain bilateral contacts.</param>
/// <param name="Plover">The PLOVER coding; null when not coded.</param>
/// <param name="Notes">Curator's notes: corrections of the source, inferences, caveats.</param>
[DatasetEntity("engagements", OrderBy = nameof(Date), DescribedBy = nameof(Title))]
public sealed partial record Engagement(
    string Id,
    DateOnly Date,
    DatePrecision Precision,
    EngagementKind Kind,
    EngagementStatus Status,
    string Title,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Citation> Sources,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<CameoCode> CameoCodes,
    IReadOnlyList<string> DistinctFrom,
    DateOnly? EndDate = null,
    string? DateNote = null,
    Location? Location = null,
    Organization? Forum = null,
    PloverCoding? Plover = null,
    string? Notes = null)
{
    /// <summary>Every member equal, the lists (participants, sources, topics, statements, codes, distinctFrom) item by item in order.</summary>
    public bool Equals(Engagement? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Date == other.Date && Precision == other.Precision && Kind == other.Kind && Status == other.Status && Title == other.Title
                && ValueLists.Equal(Participants, other.Participants) && ValueLists.Equal(Sources, other.Sources) && ValueLists.Equal(Topics, other.Topics)
                && ValueLists.Equal(Statements, other.Statements) && ValueLists.Equal(CameoCodes, other.CameoCodes) && ValueLists.Equal(DistinctFrom, other.DistinctFrom)
                && EndDate == other.EndDate && DateNote == other.DateNote && Location == other.Location && Forum == other.Forum && Plover == other.Plover && Notes == other.Notes));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(System.HashCode);
        hash.Add(Id);
        hash.Add(Date);
        hash.Add(Precision);
        hash.Add(Kind);
        hash.Add(Status);
        hash.Add(Title);
        hash.Add(ValueLists.Hash(Participants));
        hash.Add(ValueLists.Hash(Sources));
        hash.Add(ValueLists.Hash(Topics));
        hash.Add(ValueLists.Hash(Statements));
        hash.Add(ValueLists.Hash(CameoCodes));
        hash.Add(ValueLists.Hash(DistinctFrom));
        hash.Add(EndDate);
        hash.Add(DateNote);
        hash.Add(Location);
        hash.Add(Forum);
        hash.Add(Plover);
        hash.Add(Notes);
        return hash.ToHashCode();
    }

    /// <summary>True when <paramref name="person"/> is one of the <see cref="Participants"/>.</summary>
    public bool Involves(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var participant in Participants)
        {
            if (ReferenceEquals(participant.Person, person) || participant.Person.Id == person.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the engagement involves someone from <paramref name="country"/>.</summary>
    public bool Involves(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        foreach (var participant in Participants)
        {
            if (participant.Person.Country.Id == country.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first day as <c>yyyy-MM-dd</c> (Gregorian, ASCII digits, whatever the current culture) and the title.</summary>
    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + Title;
}

/// <summary>How precisely an engagement's date is known.</summary>
[DatasetValue]
public enum DatePrecision
{
    /// <summary>The exact day (<c>day</c>).</summary>
    Day,
    /// <summary>Only the month; <see cref="Engagement.Date"/> is its first day (<c>month</c>).</summary>
    Month,
    /// <summary>Several consecutive days, <see cref="Engagement.Date"/> to <see cref="Engagement.EndDate"/> (<c>range</c>).</summary>
    Range,
    /// <summary>Some day between <see cref="Engagement.Date"/> and <see cref="Engagement.EndDate"/>, which is not known (<c>approximate</c>).</summary>
    Approximate,
}

/// <summary>What sort of engagement it was.</summary>
[DatasetValue]
public enum EngagementKind
{
    /// <summary>Talks in person (<c>meeting</c>).</summary>
    Meeting,
    /// <summary>A visit by a head of state or government, spanning the visit's programme (<c>visit</c>).</summary>
    Visit,
    /// <summary>A telephone conversation (<c>phone-call</c>).</summary>
    PhoneCall,
    /// <summary>A video conference (<c>video-conference</c>).</summary>
    VideoConference,
    /// <summary>A message from one leader handed to another through a messenger (<c>message-conveyed</c>).</summary>
    MessageConveyed,
    /// <summary>A press conference, joint or alone (<c>press-conference</c>).</summary>
    PressConference,
    /// <summary>A spokesperson's regular briefing (<c>press-briefing</c>).</summary>
    PressBriefing,
    /// <summary>An interview given to the media (<c>interview</c>).</summary>
    Interview,
    /// <summary>A multilateral meeting of several states or a body (<c>multilateral-meeting</c>).</summary>
    MultilateralMeeting,
    /// <summary>A session of a standing commission (<c>commission-session</c>).</summary>
    CommissionSession,
    /// <summary>Expert-level or deputy-level consultations (<c>consultations</c>).</summary>
    Consultations,
}

/// <summary>Whether an engagement happened.</summary>
[DatasetValue]
public enum EngagementStatus
{
    /// <summary>Reported as having taken place (<c>happened</c>).</summary>
    Happened,
    /// <summary>Announced as scheduled; not (yet) reported as having taken place (<c>planned</c>).</summary>
    Planned,
}
