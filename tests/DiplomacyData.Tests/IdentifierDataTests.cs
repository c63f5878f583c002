using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace DiplomacyData.Tests;

/// <summary>
/// Issue 10, item 3: the identifiers and points the package ships are the ones the curators wrote, each with a
/// note of where it was looked up, and every engagement location in a geocoded city points at its place.
/// </summary>
public class IdentifierDataTests
{
    public static TheoryData<string> RecordsWithIdentifiers()
    {
        var data = new TheoryData<string>();
        foreach (var (kind, id, _, _) in Identified())
        {
            data.Add(kind + ":" + id);
        }

        return data;
    }

    /// <summary>
    /// A note that does not name the value it vouches for has been copied from another record, or the value
    /// was changed without the note: either way it no longer says where that value came from.
    /// </summary>
    [Theory]
    [MemberData(nameof(RecordsWithIdentifiers))]
    public void Every_identifier_is_named_in_its_records_note(string record)
    {
        var (_, _, values, note) = Identified().Single(r => r.Kind + ":" + r.Id == record);

        note.ShouldNotBeNull($"{record} gives identifiers but no note of where they came from");
        foreach (var value in values)
        {
            note.ShouldContain(value, Case.Sensitive, $"the note of {record} does not name {value}");
        }
    }

    [Fact]
    public void Some_records_of_every_identified_kind_carry_identifiers()
    {
        Identified().Select(r => r.Kind).Distinct().Order().ShouldBe(["country", "organization", "person", "place"]);
        Catalog.Countries.ShouldAllBe(c => c.CowCode != null && c.GleditschWardCode != null && c.CowAbbreviation != null);
    }

    /// <summary>The coordinates go through the generator as text and are parsed at run time: the digits the YAML holds come back.</summary>
    [Fact]
    public void Coordinates_read_at_run_time_are_the_digits_in_the_yaml()
    {
        var yaml = File.ReadAllText(Repository.PathOf("data", "places.yaml"));
        var written = Regex.Matches(yaml, @"(?m)^  - id: (?<id>\S+)$(?:(?!^  - id:)[\s\S])*?^    latitude: (?<lat>\S+)$\s+^    longitude: (?<lon>\S+)$")
            .ToDictionary(m => m.Groups["id"].Value, m => (Lat: m.Groups["lat"].Value, Lon: m.Groups["lon"].Value));

        written.Count.ShouldBe(Catalog.Places.Count(p => p.Latitude is not null), "every place with a point is in the file, latitude then longitude");
        foreach (var place in Catalog.Places.Where(p => p.Latitude is not null))
        {
            var (lat, lon) = written[place.Id];
            place.Latitude.ShouldBe(double.Parse(lat, CultureInfo.InvariantCulture));
            place.Longitude.ShouldBe(double.Parse(lon, CultureInfo.InvariantCulture));
            place.Latitude!.Value.ToString("R", CultureInfo.InvariantCulture).ShouldBe(lat);
        }
    }

    [Fact]
    public void Every_location_in_a_geocoded_city_refers_to_its_place()
    {
        var cities = Catalog.Places.Where(p => p.Resolution == PlaceResolution.City).ToDictionary(p => (p.Name, p.Country));
        var locations = Catalog.Engagements.Select(e => e.Location).OfType<Location>().ToList();

        locations.ShouldNotBeEmpty();
        foreach (var location in locations.Where(l => l.City is not null && cities.ContainsKey((l.City, l.Country))))
        {
            location.Place.ShouldBeSameAs(cities[(location.City!, location.Country)], location.ToString());
            location.Resolution.ShouldBe(PlaceResolution.City);
        }
    }

    [Fact]
    public void A_location_without_a_place_has_no_resolution()
    {
        var location = new Location("Somewhere", Countries.Iran);

        location.Place.ShouldBeNull();
        location.Resolution.ShouldBeNull();
        (location with { Place = Places.Moscow }).Resolution.ShouldBe(PlaceResolution.City);
    }

    [Fact]
    public void Every_place_is_used_by_some_engagement()
    {
        var used = Catalog.Engagements.Select(e => e.Location?.Place).OfType<Place>().ToHashSet();

        Catalog.Places.ShouldAllBe(p => used.Contains(p));
    }

    private static IEnumerable<(string Kind, string Id, IReadOnlyList<string> Values, string? Note)> Identified()
    {
        foreach (var c in Catalog.Countries)
        {
            yield return ("country", c.Id, Given(c.WikidataId, Text(c.CowCode), c.CowAbbreviation, Text(c.GleditschWardCode)), c.IdentifierNote);
        }

        foreach (var p in Catalog.People.Where(p => p.WikidataId is not null))
        {
            yield return ("person", p.Id, Given(p.WikidataId), p.IdentifierNote);
        }

        foreach (var o in Catalog.Organizations.Where(o => o.WikidataId is not null))
        {
            yield return ("organization", o.Id, Given(o.WikidataId), o.IdentifierNote);
        }

        foreach (var p in Catalog.Places)
        {
            var latitude = p.Latitude?.ToString("R", CultureInfo.InvariantCulture);
            var longitude = p.Longitude?.ToString("R", CultureInfo.InvariantCulture);
            yield return ("place", p.Id, Given(p.WikidataId, Text(p.GeoNamesId), latitude, longitude), p.IdentifierNote);
        }

        static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

        static IReadOnlyList<string> Given(params string?[] values) => values.OfType<string>().ToList();
    }
}
