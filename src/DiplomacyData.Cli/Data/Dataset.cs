using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Data;

/// <summary>
/// The records a command reads. <see cref="Compiled"/> is the catalogue compiled into the tool, read through the
/// package's own lookups (<see cref="Catalog.FindPerson"/> …); <see cref="Of"/> takes any other set of records of the
/// model, so that every command can be run, in tests, over data the build accepts that the compiled dataset does not
/// hold (the calendar's first and last days, ids as long as the build allows), with the same lookup rules.
/// </summary>
internal sealed class Dataset
{
    private static readonly Lazy<Dataset> s_compiled = new(() => new Dataset(
        Catalog.Version, Catalog.DataVersion, Catalog.ContentHash,
        Catalog.Engagements, Catalog.People, Catalog.Countries, Catalog.Organizations, Catalog.Places, Catalog.Topics, Catalog.Sources, Catalog.CameoCodes,
        Catalog.FindPerson, Catalog.SearchPeople, Catalog.FindEngagement, Catalog.EngagementsOf));

    private readonly Func<string, Person?> _findPerson;
    private readonly Func<string, IReadOnlyList<Person>> _searchPeople;
    private readonly Func<string, Engagement?> _findEngagement;
    private readonly Func<Person, IReadOnlyList<Engagement>> _engagementsOf;
    private OrderedCatalog? _byId;

    private Dataset(
        string version,
        string dataVersion,
        string contentHash,
        IReadOnlyList<Engagement> engagements,
        IReadOnlyList<Person> people,
        IReadOnlyList<Country> countries,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<Place> places,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<Source> sources,
        IReadOnlyList<CameoCode> cameoCodes,
        Func<string, Person?> findPerson,
        Func<string, IReadOnlyList<Person>> searchPeople,
        Func<string, Engagement?> findEngagement,
        Func<Person, IReadOnlyList<Engagement>> engagementsOf)
    {
        Version = version;
        DataVersion = dataVersion;
        ContentHash = contentHash;
        Engagements = engagements;
        People = people;
        Countries = countries;
        Organizations = organizations;
        Places = places;
        Topics = topics;
        Sources = sources;
        CameoCodes = cameoCodes;
        _findPerson = findPerson;
        _searchPeople = searchPeople;
        _findEngagement = findEngagement;
        _engagementsOf = engagementsOf;
    }

    /// <summary>The catalogue compiled into the tool.</summary>
    public static Dataset Compiled => s_compiled.Value;

    /// <summary>The package version (<c>Catalog.Version</c>).</summary>
    public string Version { get; }

    /// <summary>The data's release (<c>Catalog.DataVersion</c>).</summary>
    public string DataVersion { get; }

    /// <summary>The digest of the data (<c>Catalog.ContentHash</c>).</summary>
    public string ContentHash { get; }

    /// <summary>Every engagement, by date (then id), as <c>Catalog.Engagements</c> orders them.</summary>
    public IReadOnlyList<Engagement> Engagements { get; }

    /// <summary>Every person (<c>Catalog.People</c>).</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Every country (<c>Catalog.Countries</c>).</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Every organization (<c>Catalog.Organizations</c>).</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>Every geocoded place (<c>Catalog.Places</c>).</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Every topic (<c>Catalog.Topics</c>).</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Every source article (<c>Catalog.Sources</c>).</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Every CAMEO code used (<c>Catalog.CameoCodes</c>).</summary>
    public IReadOnlyList<CameoCode> CameoCodes { get; }

    /// <summary>The lists in the order every export writes them: by id (<see cref="OrderedCatalog"/>).</summary>
    public OrderedCatalog ById => _byId ??= new OrderedCatalog(this);

    /// <summary>
    /// A set of records other than the compiled one, with the package's rules for finding people by name (the
    /// same <c>PersonNameIndex</c> source). Engagements are put in catalogue order: by date, then id.
    /// </summary>
    public static Dataset Of(
        string dataVersion,
        string contentHash,
        IEnumerable<Engagement> engagements,
        IEnumerable<Person> people,
        IEnumerable<Country> countries,
        IEnumerable<Organization> organizations,
        IEnumerable<Place> places,
        IEnumerable<Topic> topics,
        IEnumerable<Source> sources,
        IEnumerable<CameoCode> cameoCodes)
    {
        var byDate = engagements.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var everyone = people.ToList();
        var names = new Lazy<PersonNameIndex>(() => new PersonNameIndex(everyone));
        var byId = byDate.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new Dataset(
            Catalog.Version, dataVersion, contentHash,
            byDate, everyone, countries.ToList(), organizations.ToList(), places.ToList(), topics.ToList(), sources.ToList(), cameoCodes.ToList(),
            name => names.Value.Best(name) is [var only] ? only : null,
            query => names.Value.All(query),
            id => byId.TryGetValue(id, out var engagement) ? engagement : null,
            person => byDate.Where(e => e.Involves(person)).ToList());
    }

    /// <summary>The one person <paramref name="name"/> names, as <see cref="Catalog.FindPerson"/> finds them; null when none or several.</summary>
    public Person? FindPerson(string name) => _findPerson(name);

    /// <summary>Every person <paramref name="query"/> could name, ranked, as <see cref="Catalog.SearchPeople"/> ranks them.</summary>
    public IReadOnlyList<Person> SearchPeople(string query) => _searchPeople(query);

    /// <summary>The engagement with this id, or null.</summary>
    public Engagement? FindEngagement(string id) => _findEngagement(id);

    /// <summary>Every engagement <paramref name="person"/> took part in, by date.</summary>
    public IReadOnlyList<Engagement> EngagementsOf(Person person) => _engagementsOf(person);

    /// <summary>Engagements whose first day lies between <paramref name="from"/> and <paramref name="to"/>, both inclusive, by date.</summary>
    public IEnumerable<Engagement> EngagementsBetween(DateOnly from, DateOnly to) =>
        Engagements.SkipWhile(e => e.Date < from).TakeWhile(e => e.Date <= to);
}
