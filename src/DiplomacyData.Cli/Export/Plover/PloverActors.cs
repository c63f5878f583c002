using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// A PLOVER entity object (the manual's "Information object for entities"), from a participant or, when an
/// engagement names none, from its forum. <see cref="PersonId"/>, <see cref="OrganizationId"/> and
/// <see cref="Part"/> are fields of ours, which the manual allows beside its own.
/// </summary>
internal sealed record PloverActor(
    string Code,
    string? Sector,
    string EntityText,
    string? IdentifierId,
    string IdentifierText,
    string? Office,
    string? PersonId,
    string? OrganizationId,
    string? Part);

/// <summary>
/// Splits an engagement's participants into PLOVER's <c>actor</c> and <c>recipient</c> entity lists.
/// The parts that receive an act (host of a visit, callee of a call, recipient of a message) are recipients;
/// everyone else (visitor, caller, sender, messenger, and the symmetric parts: counterpart, speaker,
/// chair, delegate) is an actor. PLOVER codes reciprocal meetings with every entity as actor and no
/// recipient, which is what symmetric parts give. When nobody would be an actor, everyone is; when the
/// engagement names no participant at all (a planned session), its forum is the actor.
/// </summary>
internal static class PloverActors
{
    /// <summary>PLOVER's actor code for an international governmental organisation.</summary>
    public const string IntergovernmentalCode = "IGO";

    private static readonly HashSet<ParticipantPart> RecipientParts = new() { ParticipantPart.Host, ParticipantPart.Callee, ParticipantPart.Recipient };

    public static (IReadOnlyList<PloverActor> Actor, IReadOnlyList<PloverActor> Recipient) Split(Engagement engagement)
    {
        if (engagement.Participants.Count == 0)
        {
            var forum = engagement.Forum is { } body ? new[] { FromForum(body) } : new PloverActor[0];
            return (forum, new PloverActor[0]);
        }

        var actor = engagement.Participants.Where(p => !RecipientParts.Contains(p.Part)).ToList();
        var recipient = engagement.Participants.Where(p => RecipientParts.Contains(p.Part)).ToList();
        if (actor.Count == 0)
        {
            (actor, recipient) = (recipient, actor);
        }

        return (actor.Select(p => FromParticipant(p, engagement)).ToList(), recipient.Select(p => FromParticipant(p, engagement)).ToList());
    }

    private static PloverActor FromParticipant(Participant participant, Engagement engagement)
    {
        var person = participant.Person;
        var role = person.RoleOn(engagement.Date);
        return new PloverActor(
            Code: person.Country.Id,
            Sector: Sector(role),
            EntityText: person.Name.Full,
            IdentifierId: person.WikidataId,
            IdentifierText: person.Name.Full,
            Office: participant.ReportedTitle ?? role?.Title,
            PersonId: person.Id,
            OrganizationId: role?.Organization?.Id,
            Part: ExportText.Enum(participant.Part));
    }

    private static PloverActor FromForum(Organization forum) => new(
        Code: forum.Country?.Id ?? IntergovernmentalCode,
        Sector: forum.Country is null ? null : "GOV",
        EntityText: forum.Name,
        IdentifierId: forum.WikidataId,
        IdentifierText: forum.Name,
        Office: null,
        PersonId: null,
        OrganizationId: forum.Id,
        Part: null);

    /// <summary>
    /// PLOVER's sector code from the role held that day: <c>JRN</c> for a news organisation, <c>GOV</c> for any
    /// other recorded office (ministries, presidencies, and state officials in international bodies); null
    /// when no role is recorded for the day.
    /// </summary>
    private static string? Sector(Role? role) => role switch
    {
        null => null,
        { Organization.Kind: OrganizationKind.NewsAgency } => "JRN",
        _ => "GOV",
    };
}
