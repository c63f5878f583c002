using System;
using System.Collections.Generic;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A person who takes part in engagements, with the offices they held over time.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>sergey-lavrov</c>; it names the typed handle (<c>People.SergeyLavrov</c>).</param>
/// <param name="Name">The person's name split into given and family parts.</param>
/// <param name="Country">The state the person serves or is a national of.</param>
/// <param name="Aliases">
/// Other spellings found in sources: transliteration variants (<c>Sergei Lavrov</c>) and the name as the other side's press
/// writes it (<c>سرگئی لاوروف</c> in Iranian Persian press, <c>Аббас Аракчи</c> in Russian press); each alias is in one script,
/// and <paramref name="AliasNote"/> says where each comes from.
/// </param>
/// <param name="Roles">Offices held, in the order they began; see <see cref="RoleOn(DateOnly)"/>.</param>
/// <param name="WikidataId">Wikidata item, <c>Q</c> and digits, e.g. <c>Q7747</c>; null when not recorded (PLOVER's <c>identifier_id</c>).</param>
/// <param name="IdentifierNote">Where <paramref name="WikidataId"/> was looked up, or why it is left null; null only when it is not given.</param>
/// <param name="AliasNote">
/// Where each spelling in <paramref name="Aliases"/> comes from: for every alias, the publications that write the person's
/// name so (publisher, date and address), and which press it belongs to (Russian press in Cyrillic, Iranian press in
/// Persian, either side's English or French services in Latin letters). Null only when there are no aliases, or when it
/// is not given.
/// </param>
[DatasetEntity("people", DescribedBy = nameof(Name))]
public sealed partial record Person(
    string Id,
    PersonName Name,
    Country Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Role> Roles,
    [DatasetPattern(ExternalIds.WikidataPattern, ExternalIds.WikidataExpected)] string? WikidataId = null,
    string? IdentifierNote = null,
    string? AliasNote = null)
{
    /// <summary>Every member equal, the aliases and roles item by item in order.</summary>
    public bool Equals(Person? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Name == other.Name && Country == other.Country
                && ValueLists.Equal(Aliases, other.Aliases) && ValueLists.Equal(Roles, other.Roles)
                && WikidataId == other.WikidataId && IdentifierNote == other.IdentifierNote && AliasNote == other.AliasNote));

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Id, Name, Country, ValueLists.Hash(Aliases), ValueLists.Hash(Roles), WikidataId, IdentifierNote, AliasNote);

    /// <summary>
    /// The role the person held on <paramref name="day"/>, or null when none of the recorded roles was in force.
    /// When two recorded roles overlap (an acting role beside a substantive one), the one that began last wins.
    /// </summary>
    /// <remarks>
    /// Null inside <see cref="Catalog.Coverage"/> means the person held no recorded office that day: the offices
    /// of every person are recorded over the whole coverage (executive, diplomatic, judicial and advisory posts
    /// in state bodies; not memberships of councils or assemblies). Null outside it may only mean that nothing
    /// was recorded. A role whose start is unknown (<see cref="Role.From"/> null) counts as held on every day
    /// before its end; its note says whether it began before the coverage.
    /// </remarks>
    public Role? RoleOn(DateOnly day)
    {
        Role? found = null;
        foreach (var role in Roles)
        {
            if (role.IsInForceOn(day) && (found is null || Starts(role) >= Starts(found)))
            {
                found = role;
            }
        }

        return found;

        static DateOnly Starts(Role role) => role.From ?? DateOnly.MinValue;
    }

    /// <inheritdoc />
    public override string ToString() => Name.Full;
}
