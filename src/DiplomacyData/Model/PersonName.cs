using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>A person's name, split so that compound family names (<c>Bagheri Kani</c>) stay whole.</summary>
/// <param name="Given">Given name(s), e.g. <c>Mohammad Javad</c>.</param>
/// <param name="Family">Family name, e.g. <c>Bagheri Kani</c> or <c>Amir-Abdollahian</c>.</param>
/// <param name="Native">The name in the person's own script, e.g. <c>Сергей Лавров</c>; null when not recorded.</param>
[DatasetValue]
public sealed partial record PersonName(
    string Given,
    string Family,
    string? Native = null)
{
    /// <summary>Given and family name in Western order, e.g. <c>Ali Bagheri Kani</c>.</summary>
    public string Full => Given.Length == 0 ? Family : Given + " " + Family;

    /// <inheritdoc />
    public override string ToString() => Full;
}
