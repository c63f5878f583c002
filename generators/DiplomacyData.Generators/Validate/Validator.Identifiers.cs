using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate.Views;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Rules on identifiers kept in other systems (Wikidata, GeoNames, the state lists) and on places: that each
/// says where it came from, that no two records claim one, that a point has both coordinates and that a
/// location agrees with its place. The identifiers' formats are the model's rules, checked when binding.
/// </summary>
internal sealed partial class Validator
{
    /// <summary>DD0315: a value under a [DatasetPattern]/[DatasetRange] rule comes from another system, and the note says from where.</summary>
    private void CheckIdentifierNote(BoundEntity entity, RecordSchema record)
    {
        if (record.Member(_links.IdentifierNote) is not { } note || entity.Value[_links.IdentifierNote] is ScalarValue)
        {
            return;
        }

        var given = record.Members
            .Where(m => m.Rule is not null && entity.Value[m.ParameterName] is ScalarValue)
            .Select(m => m.YamlKey)
            .ToList();
        if (given.Count > 0)
        {
            Report(DiagnosticDescriptors.IdentifierWithoutNote, IdLocation(entity), MessageText.Capitalize(MessageText.ToWords(record.Name)), entity.Key.Id, string.Join(", ", given), note.YamlKey);
        }
    }

    /// <summary>DD0313: a latitude without a longitude (or the reverse) is no point at all.</summary>
    private void CheckBothCoordinates(BoundEntity place)
    {
        var view = new PlaceView(place.Value, _links.Place);
        var (latitudeKey, longitudeKey) = (_links.Place.Latitude.YamlKey, _links.Place.Longitude.YamlKey);
        if (view.Latitude is { } latitude && view.Longitude is null)
        {
            Report(DiagnosticDescriptors.HalfCoordinates, latitude.Location, place.Key.Id, latitudeKey, longitudeKey);
        }
        else if (view.Longitude is { } longitude && view.Latitude is null)
        {
            Report(DiagnosticDescriptors.HalfCoordinates, longitude.Location, place.Key.Id, longitudeKey, latitudeKey);
        }
    }

    /// <summary>DD0314: the place a location points at lies in the location's country and, for a city, is that city.</summary>
    private void CheckLocationAgainstPlace(BoundEntity engagement, LocationView location)
    {
        if (location.Place is not { } placeReference
            || !_index.TryGet(placeReference.Target, out var entity)
            || entity.HasErrors)
        {
            return;
        }

        var place = new PlaceView(entity.Value, _links.Place);
        if (location.Country is { } country
            && place.Country is { } placeCountry
            && country.Target != placeCountry.Target)
        {
            Report(DiagnosticDescriptors.LocationDisagreesWithPlace, placeReference.Location, engagement.Key.Id, _links.Location.Country.YamlKey, country.Target.Id, entity.Key.Id, placeCountry.Target.Id);
        }

        if (place.IsCity
            && location.City is { } city
            && place.Name is { } placeName
            && !string.Equals(city.Text, placeName, StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.LocationDisagreesWithPlace, placeReference.Location, engagement.Key.Id, _links.Location.City.YamlKey, city.Text, entity.Key.Id, placeName);
        }
    }

    /// <summary>
    /// DD0213: two records of one kind with the same Wikidata item, GeoNames id or state code name one thing twice;
    /// reported at the value of the later in catalogue order (by id), naming the earlier.
    /// </summary>
    private void CheckNoSharedIdentifiers(EquatableArray<BoundEntity> entities, DatasetSchema schema)
    {
        foreach (var record in schema.Entities)
        {
            var identifiers = record.Members.Where(m => m.Rule is not null && m.Type.Kind is ValueKind.String or ValueKind.Integer && !m.Type.IsList).ToList();
            if (identifiers.Count == 0)
            {
                continue;
            }

            foreach (var member in identifiers)
            {
                var first = new Dictionary<string, EntityKey>(StringComparer.Ordinal);
                foreach (var entity in entities.Where(e => e.Key.EntityMetadataName == record.MetadataName && !e.HasErrors))
                {
                    if (entity.Value[member.ParameterName] is not ScalarValue value)
                    {
                        continue;
                    }

                    if (first.TryGetValue(value.Text, out var owner))
                    {
                        _current = entity.Key;
                        Report(DiagnosticDescriptors.SharedExternalId, value.Location, MessageText.Capitalize(MessageText.ToWords(record.Name)), owner.Id, entity.Key.Id, member.YamlKey, value.Text);
                    }
                    else
                    {
                        first.Add(value.Text, entity.Key);
                    }
                }
            }
        }

        _current = null;
    }
}
