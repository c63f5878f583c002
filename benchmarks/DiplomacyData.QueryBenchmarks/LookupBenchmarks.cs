using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace DiplomacyData.QueryBenchmarks;

/// <summary>
/// Queries on the catalogue against what a user would write without the package's indexes: a FrozenDictionary
/// of their own for ids, a LINQ scan for people and date ranges. Nothing here names a record, so the same
/// benchmarks run on the real package and on one built from a synthetic dataset of any size.
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
        var engagements = Catalog.Engagements;
        _byId = engagements.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _id = engagements[engagements.Count / 2].Id;

        // The busiest person: the query whose answer is longest, and the scan's worst case for allocation.
        _person = engagements.SelectMany(e => e.Participants).GroupBy(p => p.Person).MaxBy(g => g.Count())!.Key;

        // A window around the middle of the catalogue holding about a tenth of the engagements (at least one).
        var window = Math.Max(1, engagements.Count / 10);
        _from = engagements[(engagements.Count - window) / 2].Date;
        _to = engagements[((engagements.Count - window) / 2) + window - 1].Date;

        _ = Catalog.FindEngagement(_id);
        _ = Catalog.EngagementsOf(_person);
        Console.WriteLine($"// catalogue: {engagements.Count} engagements; by id '{_id}'; by person '{_person.Id}' ({Catalog.EngagementsOf(_person).Count}); by dates {_from:yyyy-MM-dd}..{_to:yyyy-MM-dd} ({Catalog.EngagementsBetween(_from, _to).Count})");
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
