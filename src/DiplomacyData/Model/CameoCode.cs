using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>
/// An event code of the CAMEO codebook (Conflict and Mediation Event Observations), with the PLOVER event
/// type it corresponds to. Reference data: the whole codebook ships, whether or not an engagement uses a code.
/// </summary>
/// <param name="Id">The code as a string, leading zeros kept: <c>042</c>.</param>
/// <param name="Name">The codebook's name for it, e.g. <c>Make a visit</c>; it names the typed handle (<c>CameoCodes.MakeAVisit</c>).</param>
/// <param name="Plover">The PLOVER event type CAMEO events of this code map to; null where PLOVER has no counterpart.</param>
/// <param name="PloverMode">The PLOVER mode the mapping gives, when it gives one.</param>
[DatasetEntity("cameoCodes", HandleNameFrom = nameof(Name), DescribedBy = nameof(Name), IsReferenceData = true)]
public sealed partial record CameoCode(
    string Id,
    string Name,
    PloverEvent? Plover,
    string? PloverMode = null)
{
    /// <summary>The root (two-digit) code this code belongs to, e.g. <c>04</c> for <c>042</c>.</summary>
    public string Root => Id.Substring(0, 2);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
