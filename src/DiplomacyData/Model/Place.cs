using System.Globalization;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>
/// A geocoded place where engagements happen (a city, or a venue when its own point is known), with its ids in
/// GeoNames and Wikidata. Engagements' <see cref="Location"/>s refer to it, so its coordinates are written once.
/// </summary>
/// <param name="Id">Kebab-case id, e.g. <c>moscow</c>; it names the typed handle (<c>Places.Moscow</c>).</param>
/// <param name="Name">English name, e.g. <c>Moscow</c>; a location's <see cref="Location.City"/> names a city place the same way.</param>
/// <param name="Country">The state the place lies in.</param>
/// <param name="Resolution">What the coordinates stand for: a venue, a city, a province or a whole country.</param>
/// <param name="GeoNamesId">The GeoNames <c>geonameid</c>, a positive integer, e.g. <c>524901</c>; null when not recorded.</param>
/// <param name="Latitude">WGS84 latitude in decimal degrees, −90 to 90, north positive, as GeoNames gives it; null when not recorded.</param>
/// <param name="Longitude">WGS84 longitude in decimal degrees, −180 to 180, east positive, as GeoNames gives it; null when not recorded.</param>
/// <param name="WikidataId">Wikidata item, <c>Q</c> and digits, e.g. <c>Q649</c>; null when not recorded.</param>
/// <param name="IdentifierNote">
/// Where the ids and coordinates were looked up (the page or file), or why one is left null; null only when none
/// of them is given.
/// </param>
[DatasetEntity("places", DescribedBy = nameof(Name))]
public sealed partial record Place(
    string Id,
    string Name,
    Country Country,
    PlaceResolution Resolution,
    [DatasetRange(1, int.MaxValue, ExternalIds.GeoNamesExpected)] int? GeoNamesId = null,
    [DatasetRange(-90, 90, "degrees of latitude, a decimal number from -90 to 90")] double? Latitude = null,
    [DatasetRange(-180, 180, "degrees of longitude, a decimal number from -180 to 180")] double? Longitude = null,
    [DatasetPattern(ExternalIds.WikidataPattern, ExternalIds.WikidataExpected)] string? WikidataId = null,
    string? IdentifierNote = null)
{
    /// <inheritdoc />
    public override string ToString() => Latitude is { } latitude && Longitude is { } longitude
        ? string.Create(CultureInfo.InvariantCulture, $"{Name}, {Country.Name} ({latitude}, {longitude})")
        : $"{Name}, {Country.Name}";
}

/// <summary>What a <see cref="Place"/>'s point stands for: PLOVER's location <c>resolution</c>.</summary>
[DatasetValue]
public enum PlaceResolution
{
    /// <summary>A building or compound, e.g. UN Headquarters (<c>venue</c>).</summary>
    Venue,
    /// <summary>A city or town (<c>city</c>).</summary>
    City,
    /// <summary>A first-level division of a country (<c>province</c>).</summary>
    Province,
    /// <summary>A whole country (<c>country</c>).</summary>
    Country,
}
