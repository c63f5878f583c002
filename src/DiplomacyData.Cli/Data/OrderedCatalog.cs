using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Data;

/// <summary>
/// A dataset's lists in the order every export writes them: by id, ordinal comparison, so the bytes do not depend
/// on the catalogue's own ordering (engagements are by date there) or on the culture. Child lists (participants,
/// evidence …) keep the order the curators gave them. Each list is sorted once, when first read.
/// </summary>
internal sealed class OrderedCatalog
{
    private readonly Lazy<IReadOnlyList<Engagement>> _engagements;
    private readonly Lazy<IReadOnlyList<Person>> _people;
    private readonly Lazy<IReadOnlyList<Country>> _countries;
    private readonly Lazy<IReadOnlyList<Organization>> _organizations;
    private readonly Lazy<IReadOnlyList<Place>> _places;
    private readonly Lazy<IReadOnlyList<Topic>> _topics;
    private readonly Lazy<IReadOnlyList<Source>> _sources;
    private readonly Lazy<IReadOnlyList<CameoCode>> _cameoCodes;

    public OrderedCatalog(Dataset data)
    {
        _engagements = new(() => ById(data.Engagements, e => e.Id));
        _people = new(() => ById(data.People, p => p.Id));
        _countries = new(() => ById(data.Countries, c => c.Id));
        _organizations = new(() => ById(data.Organizations, o => o.Id));
        _places = new(() => ById(data.Places, p => p.Id));
        _topics = new(() => ById(data.Topics, t => t.Id));
        _sources = new(() => ById(data.Sources, s => s.Id));
        _cameoCodes = new(() => ById(data.CameoCodes, c => c.Id));
    }

    public IReadOnlyList<Engagement> Engagements => _engagements.Value;

    public IReadOnlyList<Person> People => _people.Value;

    public IReadOnlyList<Country> Countries => _countries.Value;

    public IReadOnlyList<Organization> Organizations => _organizations.Value;

    public IReadOnlyList<Place> Places => _places.Value;

    public IReadOnlyList<Topic> Topics => _topics.Value;

    public IReadOnlyList<Source> Sources => _sources.Value;

    public IReadOnlyList<CameoCode> CameoCodes => _cameoCodes.Value;

    private static IReadOnlyList<T> ById<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.OrderBy(id, StringComparer.Ordinal).ToList();
}
