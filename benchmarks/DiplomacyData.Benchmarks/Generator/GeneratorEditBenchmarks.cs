using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Benchmarks.Generator;

/// <summary>
/// Every kind of one-file edit that keeps the ids (<see cref="DataEdit"/>), as an IDE runs the generator after it,
/// against the driver floor measured in the same run: a generator that only counts the files, re-run with nothing
/// changed (<see cref="DriverFloorGenerator"/>). Issue 21's target: ≤ 250 ms and ≤ 15× the floor at 100,000.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GeneratorEditBenchmarks
{
    private GeneratorSetup _setup = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmFloor = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private bool _flip;

    /// <summary>Engagements: 100,000, or the sizes in DIPLOMACYDATA_GENERATOR_SIZES (comma-separated).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Engagements { get; set; }

    [ParamsAllValues]
    public DataEdit Edit { get; set; }

    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("DIPLOMACYDATA_GENERATOR_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [100_000];

    [GlobalSetup]
    public void Setup()
    {
        _setup = new GeneratorSetup(Engagements);
        _warm = _setup.NewDriver().RunGenerators(_setup.Compilation);
        _warmFloor = _setup.NewDriver(new DriverFloorGenerator()).RunGenerators(_setup.Compilation);
        _original = _setup.Files.First(f => f.Path.EndsWith("source-000000.yaml", StringComparison.Ordinal));
        _edited = new GeneratorSetup.MemoryText(_original.Path, DataEdits.Apply(Edit, _original.GetText()!.ToString()));
    }

    [Benchmark(Baseline = true, Description = "Driver floor: re-run, nothing changed")]
    public GeneratorDriver DriverFloor() => _warmFloor.RunGenerators(_setup.Compilation);

    /// <summary>The edit, or its undo: each invocation changes the file, from the state the last one left.</summary>
    [Benchmark(Description = "Generator: the edit")]
    public GeneratorDriver EditOneFile()
    {
        _flip = !_flip;
        _warm = (_flip ? _warm.ReplaceAdditionalText(_original, _edited) : _warm.ReplaceAdditionalText(_edited, _original)).RunGenerators(_setup.Compilation);
        return _warm;
    }
}
