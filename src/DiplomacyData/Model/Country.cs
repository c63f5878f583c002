using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A sovereign state, identified the way CAMEO and PLOVER identify actors.</summary>
/// <param name="Id">ISO 3166-1 alpha-3 code, e.g. <c>IRN</c>, <c>RUS</c>.</param>
/// <param name="Name">Common English short name, e.g. <c>Iran</c>; it names the typed handle (<c>Countries.Iran</c>).</param>
/// <param name="OfficialName">Formal name, e.g. <c>Islamic Republic of Iran</c>.</param>
/// <param name="Alpha2">ISO 3166-1 alpha-2 code, e.g. <c>IR</c>.</param>
/// <param name="WikidataId">Wikidata item, e.g. <c>Q794</c>; null when not recorded.</param>
[DatasetEntity("countries", HandleNameFrom = nameof(Name))]
public sealed partial record Country(
    string Id,
    string Name,
    string OfficialName,
    string Alpha2,
    string? WikidataId = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
