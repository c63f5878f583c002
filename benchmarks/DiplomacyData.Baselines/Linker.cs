using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace DiplomacyData.Baselines;

/// <summary>The records of one dataset, each kind in catalogue order, as the generated catalogue holds them.</summary>
public sealed class LinkedDataset(
    CameoCode[] cameoCodes, Country[] countries, Engagement[] engagements, Organization[] organizations,
    Person[] people, Source[] sources, Topic[] topics)
{
    public ReadOnlyCollection<CameoCode> CameoCodes { get; } = new(cameoCodes);
    public ReadOnlyCollection<Country> Countries { get; } = new(countries);
    public ReadOnlyCollection<Engagement> Engagements { get; } = new(engagements);
    public ReadOnlyCollection<Organization> Organizations { get; } = new(organizations);
    public ReadOnlyCollection<Person> People { get; } = new(people);
    public ReadOnlyCollection<Source> Sources { get; } = new(sources);
    public ReadOnlyCollection<Topic> Topics { get; } = new(topics);
}

/// <summary>
/// Builds the package's records from the deserialised document: what any run-time loader has to do after parsing,
/// since the records refer to each other (a participant is the one <see cref="Person"/> instance, not a copy).
/// Lists become exact-size arrays (empty ones <see cref="Array.Empty{T}"/>), as in the generated catalogue.
/// </summary>
public static class Linker
{
    public static LinkedDataset Link(DatasetDto dataset)
    {
        var countries = Build(dataset.Countries, c => c.Id, c => new Country(c.Id, c.Name, c.OfficialName, c.Alpha2, c.WikidataId), out var countryById);
        var organizations = Build(dataset.Organizations, o => o.Id,
            o => new Organization(o.Id, o.Name, o.Kind, o.Country is null ? null : countryById[o.Country], o.ShortName), out var organizationById);
        var topics = Build(dataset.Topics, t => t.Id, t => new Topic(t.Id, t.Name, t.Description), out var topicById);
        var cameoCodes = Build(dataset.CameoCodes, c => c.Id, c => new CameoCode(c.Id, c.Name, c.Plover, c.PloverMode), out var cameoById);
        var people = Build(dataset.People, p => p.Id, p => new Person(
            p.Id,
            new PersonName(p.Name.Given, p.Name.Family, p.Name.Native),
            countryById[p.Country],
            Array(p.Aliases, a => a),
            Array(p.Roles, r => new Role(r.Title, r.Organization is null ? null : organizationById[r.Organization], r.From, r.To, r.Acting, r.Note)),
            p.WikidataId), out var personById);
        var sources = Build(dataset.Sources, s => s.Id,
            s => new Source(s.Id, s.Title, s.Publisher, s.Published, new Uri(s.Url, UriKind.Absolute), s.Language, s.PublishedNote, s.Dateline), out var sourceById);
        var engagements = Array(dataset.Engagements, e => new Engagement(
            e.Id,
            e.Date,
            e.Precision,
            e.Kind,
            e.Status,
            e.Title,
            Array(e.Participants, p => new Participant(personById[p.Person], p.Part, p.ReportedTitle)),
            Array(e.Sources, c => new Citation(sourceById[c.Source], Array(c.Evidence, x => x), c.Note)),
            Array(e.Topics, t => topicById[t]),
            Array(e.Statements, s => new Statement(personById[s.Speaker], s.Summary, s.Quote)),
            Array(e.CameoCodes, c => cameoById[c]),
            Array(e.DistinctFrom, d => d),
            e.EndDate,
            e.DateNote,
            e.Location is { } l ? new Location(l.City, countryById[l.Country], l.Venue) : null,
            e.Forum is null ? null : organizationById[e.Forum],
            e.Plover is { } p ? new PloverCoding(p.Event, p.Mode, Array(p.Context, x => x)) : null,
            e.Notes));
        return new LinkedDataset(cameoCodes, countries, engagements, organizations, people, sources, topics);
    }

    private static T[] Build<TDto, T>(List<TDto>? items, Func<TDto, string> id, Func<TDto, T> create, out Dictionary<string, T> byId)
    {
        byId = new Dictionary<string, T>(items?.Count ?? 0, StringComparer.Ordinal);
        if (items is null || items.Count == 0)
        {
            return System.Array.Empty<T>();
        }

        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = create(items[i]);
            byId.Add(id(items[i]), result[i]);
        }

        return result;
    }

    private static T[] Array<TDto, T>(List<TDto>? items, Func<TDto, T> create)
    {
        if (items is null || items.Count == 0)
        {
            return System.Array.Empty<T>();
        }

        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = create(items[i]);
        }

        return result;
    }
}
