using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>Where an engagement took place.</summary>
/// <param name="City">City in English, e.g. <c>Moscow</c>; null when only the country is known.</param>
/// <param name="Country">The country.</param>
/// <param name="Venue">Building or occasion, e.g. <c>the Kremlin</c>; null when not reported.</param>
[DatasetValue]
public sealed partial record Location(
    string? City,
    Country Country,
    string? Venue = null)
{
    /// <inheritdoc />
    public override string ToString() => City is null ? Country.Name : $"{City}, {Country.Name}";
}
