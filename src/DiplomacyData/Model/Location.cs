using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>Where an engagement took place.</summary>
/// <param name="City">City in English, e.g. <c>Moscow</c>; null when only the country is known.</param>
/// <param name="Country">The country.</param>
/// <param name="Venue">Building or occasion, e.g. <c>the Kremlin</c>; null when not reported.</param>
/// <param name="Place">
/// The geocoded place (GeoNames id, coordinates, Wikidata id): the city, or the venue when its point is known;
/// null when the location is not geocoded. It lies in <paramref name="Country"/>, and a city place has the name
/// of <paramref name="City"/> (the build checks both, DD0314).
/// </param>
[DatasetValue]
public sealed partial record Location(
    string? City,
    Country Country,
    string? Venue = null,
    Place? Place = null)
{
    /// <summary>
    /// What the location's coordinates stand for (PLOVER's <c>resolution</c>): the <see cref="Place"/>'s
    /// resolution, or null when the location has no place and so no coordinates.
    /// </summary>
    public PlaceResolution? Resolution => Place?.Resolution;

    /// <inheritdoc />
    public override string ToString() => City is null ? Country.Name : $"{City}, {Country.Name}";
}
