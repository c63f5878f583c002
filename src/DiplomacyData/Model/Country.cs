using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A sovereign state, identified the way CAMEO and PLOVER identify actors.</summary>
/// <param name="Id">ISO 3166-1 alpha-3 code, e.g. <c>IRN</c>, <c>RUS</c>.</param>
/// <param name="Name">Common English short name, e.g. <c>Iran</c>; it names the typed handle (<c>Countries.Iran</c>).</param>
/// <param name="OfficialName">Formal name, e.g. <c>Islamic Republic of Iran</c>.</param>
/// <param name="Alpha2">ISO 3166-1 alpha-2 code, e.g. <c>IR</c>.</param>
/// <param name="WikidataId">Wikidata item, <c>Q</c> and digits, e.g. <c>Q159</c>; null when not recorded.</param>
/// <param name="CowCode">
/// Correlates of War state number (<c>ccode</c> of the COW State System Membership list), e.g. <c>365</c> for
/// Russia, <c>2</c> for the United States; null when not recorded.
/// </param>
/// <param name="CowAbbreviation">
/// Correlates of War state abbreviation (<c>stateabb</c>), three capital letters, e.g. <c>RUS</c>; it is not
/// always the ISO code (Germany is <c>GMY</c>); null when not recorded.
/// </param>
/// <param name="GleditschWardCode">
/// Gleditsch–Ward state number (their list of independent states), e.g. <c>365</c>; mostly the COW number, but
/// not always; null when not recorded.
/// </param>
/// <param name="IdentifierNote">
/// Where <paramref name="WikidataId"/>, <paramref name="CowCode"/>, <paramref name="CowAbbreviation"/> and
/// <paramref name="GleditschWardCode"/> were looked up (the page or file and its version), or why one is left
/// null; null only when none of them is given.
/// </param>
[DatasetEntity("countries", HandleNameFrom = nameof(Name), DescribedBy = nameof(Name))]
public sealed partial record Country(
    string Id,
    string Name,
    string OfficialName,
    string Alpha2,
    [DatasetPattern(ExternalIds.WikidataPattern, ExternalIds.WikidataExpected)] string? WikidataId = null,
    [DatasetRange(1, 999, ExternalIds.StateNumberExpected)] int? CowCode = null,
    [DatasetPattern(ExternalIds.CowAbbreviationPattern, ExternalIds.CowAbbreviationExpected)] string? CowAbbreviation = null,
    [DatasetRange(1, 999, ExternalIds.StateNumberExpected)] int? GleditschWardCode = null,
    string? IdentifierNote = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
