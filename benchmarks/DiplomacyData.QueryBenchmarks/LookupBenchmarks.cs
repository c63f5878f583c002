using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DiplomacyData.QueryBenchmarks;

/// <summary>
/// Queries on the catalogue of the real package against what a user would write without the package's
/// indexes: a FrozenDictionary of their own for ids, a LINQ scan for people and date ranges.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private FrozenDictionary<string, Engagement> _byId = null!;
    private string _id = null!;
    private Person _person = null!;
    private DateOnly _from;
    private DateOnly _to;

    [GlobalSetup]
    public void Setup()
    {
        _byId = Catalog.Engagements.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _id = Catalog.Engagements[Catalog.Engagements.Count / 2].Id;
        _person = People.SergeyLavrov;
        (_from, _to) = (new DateOnly(2024, 6, 1), new DateOnly(2024, 7, 31));
        _ = Catalog.FindEngagement(_id);
        _ = Catalog.EngagementsOf(_person);
    }

    [Benchmark(Baseline = true, Description = "By id: own FrozenDictionary")]
    [BenchmarkCategory("id")]
    public Engagement? ByIdFrozenDictionary() => _byId.GetValueOrDefault(_id);

    [Benchmark(Description = "By id: Catalog.FindEngagement")]
    [BenchmarkCategory("id")]
    public Engagement? ByIdCatalog() => Catalog.FindEngagement(_id);

    [Benchmark(Description = "By person: LINQ scan")]
    [BenchmarkCategory("person")]
    public int ByPersonScan() => Catalog.Engagements.Where(e => e.Involves(_person)).Count();

    [Benchmark(Description = "By person: Catalog.EngagementsOf")]
    [BenchmarkCategory("person")]
    public int ByPersonIndex() => Catalog.EngagementsOf(_person).Count;

    [Benchmark(Description = "By date range: LINQ scan")]
    [BenchmarkCategory("dates")]
    public int ByDateScan() => Catalog.Engagements.Where(e => e.Date >= _from && e.Date <= _to).Count();

    [Benchmark(Description = "By date range: Catalog.EngagementsBetween")]
    [BenchmarkCategory("dates")]
    public int ByDateBinarySearch() => Catalog.EngagementsBetween(_from, _to).Count;
}
