using System.Text.Json;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// PLOVER's location object (<c>event_loc</c>), with the field names of the manual's "Location object" table,
/// which follow Mordecai3 and the GeoNames database. <c>geonameid</c>, <c>lat</c>, <c>lon</c> and
/// <c>resolution</c> come from the location's <see cref="Place"/> (each null where the curators could not
/// verify it); the fields the dataset does not record are null rather than guessed: <c>extracted_place</c>
/// (the curators record the place in English, not the words of the article), <c>district</c>,
/// <c>province</c>, <c>feature_class</c> and <c>feature_code</c>.
/// </summary>
internal static class PloverLocation
{
    /// <summary>The manual's resolution code for a place resolved to a venue (a building or site).</summary>
    public const int VenueResolution = 5;

    /// <summary>The manual's resolution code for a place resolved to a city.</summary>
    public const int CityResolution = 4;

    /// <summary>The manual's resolution code for a place resolved to a province (a first-order division).</summary>
    public const int ProvinceResolution = 2;

    /// <summary>The manual's resolution code for a place resolved to a country only.</summary>
    public const int CountryResolution = 1;

    /// <summary>
    /// The resolution of <paramref name="location"/>: its place's, or, for a location with no place, a city
    /// when one is named and the country otherwise.
    /// </summary>
    public static int Resolution(Location location) => location.Place?.Resolution switch
    {
        PlaceResolution.Venue => VenueResolution,
        PlaceResolution.City => CityResolution,
        PlaceResolution.Province => ProvinceResolution,
        PlaceResolution.Country => CountryResolution,
        _ => location.City is null ? CountryResolution : CityResolution,
    };

    public static void Write(Utf8JsonWriter json, string name, Location? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNull("extracted_place");
        var place = location.Place;
        json.WriteString("resolved_place", place?.Name ?? location.City ?? location.Country.Name);
        WriteNumberOrNull(json, "geonameid", place?.GeoNamesId);
        WriteNumberOrNull(json, "lat", place?.Latitude);
        WriteNumberOrNull(json, "lon", place?.Longitude);
        json.WriteString("city", location.City);
        json.WriteNull("district");
        json.WriteNull("province");
        json.WriteString("country", location.Country.Name);
        json.WriteString("country_code", location.Country.Id);
        json.WriteNull("feature_class");
        json.WriteNull("feature_code");
        json.WriteNumber("resolution", Resolution(location));
        json.WriteString("venue", location.Venue);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
