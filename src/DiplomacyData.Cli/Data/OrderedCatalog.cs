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

    /// <summary>The lists of <paramref name="data"/>, each sorted by id when first read.</summary>
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

    /// <summary>The dataset's engagements, by id.</summary>
    public IReadOnlyList<Engagement> Engagements => _engagements.Value;

    /// <summary>The dataset's people, by id.</summary>
    public IReadOnlyList<Person> People => _people.Value;

    /// <summary>The dataset's countries, by id.</summary>
    public IReadOnlyList<Country> Countries => _countries.Value;

    /// <summary>The dataset's organizations, by id.</summary>
    public IReadOnlyList<Organization> Organizations => _organizations.Value;

    /// <summary>The dataset's places, by id.</summary>
    public IReadOnlyList<Place> Places => _places.Value;

    /// <summary>The dataset's topics, by id.</summary>
    public IReadOnlyList<Topic> Topics => _topics.Value;

    /// <summary>The dataset's sources, by id.</summary>
    public IReadOnlyList<Source> Sources => _sources.Value;

    /// <summary>The dataset's CAMEO codes, by id.</summary>
    public IReadOnlyList<CameoCode> CameoCodes => _cameoCodes.Value;

    private static IReadOnlyList<T> ById<T>(IEnumerable<T> items, Func<T, string> id) =>
        items.OrderBy(id, StringComparer.Ordinal).ToList();
}
