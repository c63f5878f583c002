using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A ministry, office, international body, bloc or commission that people hold roles in or meet under.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>russia-mfa</c>.</param>
/// <param name="Name">English name, e.g. <c>Ministry of Foreign Affairs of the Russian Federation</c>.</param>
/// <param name="Kind">What sort of body it is.</param>
/// <param name="Country">The state it belongs to; null for international bodies.</param>
/// <param name="ShortName">Common short form, e.g. <c>BRICS</c>, <c>UNSC</c>; null when there is none.</param>
/// <param name="WikidataId">Wikidata item, <c>Q</c> and digits, e.g. <c>Q37470</c>; null when not recorded or when Wikidata has no item for the body.</param>
/// <param name="IdentifierNote">Where <paramref name="WikidataId"/> was looked up, or why it is left null; null only when it is not given.</param>
[DatasetEntity("organizations", DescribedBy = nameof(Name))]
public sealed partial record Organization(
    string Id,
    string Name,
    OrganizationKind Kind,
    Country? Country = null,
    string? ShortName = null,
    [DatasetPattern(ExternalIds.WikidataPattern, ExternalIds.WikidataExpected)] string? WikidataId = null,
    string? IdentifierNote = null)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>What sort of body an <see cref="Organization"/> is.</summary>
[DatasetValue]
public enum OrganizationKind
{
    /// <summary>A government ministry (<c>ministry</c>).</summary>
    Ministry,
    /// <summary>A government or cabinet as a whole (<c>government</c>).</summary>
    Government,
    /// <summary>The office of a head of state or leader, e.g. the Kremlin (<c>head-of-state-office</c>).</summary>
    HeadOfStateOffice,
    /// <summary>A United Nations organ (<c>un-body</c>).</summary>
    UnBody,
    /// <summary>A bloc or grouping of states, e.g. BRICS (<c>bloc</c>).</summary>
    Bloc,
    /// <summary>A standing bilateral or multilateral commission (<c>commission</c>).</summary>
    Commission,
    /// <summary>A diplomatic format or process, e.g. the Astana process (<c>process</c>).</summary>
    Process,
    /// <summary>A news agency or broadcaster (<c>news-agency</c>).</summary>
    NewsAgency,
    // Appended, not inserted by meaning: the members' numbers are compiled into consumers' code.
    /// <summary>The judicial branch or one of its bodies, e.g. Iran's judiciary (<c>judiciary</c>).</summary>
    Judiciary,
    /// <summary>A parliament or one of its offices (<c>legislature</c>).</summary>
    Legislature,
    /// <summary>A council that advises a head of state or leader, e.g. Iran's Strategic Council on Foreign Relations (<c>advisory-council</c>).</summary>
    AdvisoryCouncil,
}
