using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Benchmarks.Generator;

/// <summary>
/// The generator in the situations an IDE and a build meet, against YamlDotNet parsing the same YAML files
/// (what any YAML-based tool must at least do). Few iterations: a cold run at 100,000 engagements takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GeneratorBenchmarks
{
    private GeneratorSetup _setup = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _editedReplacement = null!;
    private Compilation _withUnrelatedEdit = null!;
    private GeneratorDriver _warmFloor = null!;

    /// <summary>
    /// Engagements in the dataset: 10, 1,000, 10,000 and 100,000, or the sizes listed in
    /// DIPLOMACYDATA_GENERATOR_SIZES (comma-separated), e.g. 10000,100000.
    /// </summary>
    [ParamsSource(nameof(Sizes))]
    public int Engagements { get; set; }

    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("DIPLOMACYDATA_GENERATOR_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [10, 1_000, 10_000, 100_000];

    [GlobalSetup]
    public void Setup()
    {
        _setup = new GeneratorSetup(Engagements);
        _warm = _setup.NewDriver().RunGenerators(_setup.Compilation);
        _edited = _setup.Files.First(f => f.Path.EndsWith("source-000000.yaml", StringComparison.Ordinal));
        var text = _edited.GetText()!.ToString();
        _editedReplacement = new GeneratorSetup.MemoryText(_edited.Path, text.Replace("receives", "welcomes", StringComparison.Ordinal));
        _warmFloor = _setup.NewDriver(new DriverFloorGenerator()).RunGenerators(_setup.Compilation);
        _withUnrelatedEdit = _setup.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere; internal static class Unrelated { public static int Answer => 42; }"));
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet: parse the same YAML")]
    public int YamlDotNetParse()
    {
        var nodes = 0;
        foreach (var text in _setup.YamlTexts)
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(text));
            nodes += stream.Documents.Count;
        }

        return nodes;
    }

    [Benchmark(Description = "YamlDotNet: parse the same YAML, keeping every document")]
    public int YamlDotNetParseAndKeep()
    {
        // What a tool that checks references across files must do at least: hold every parsed document at once.
        var streams = new List<YamlDotNet.RepresentationModel.YamlStream>(_setup.YamlTexts.Length);
        foreach (var text in _setup.YamlTexts)
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(text));
            streams.Add(stream);
        }

        return streams.Count;
    }

    [Benchmark(Description = "Generator: cold run")]
    public GeneratorDriver ColdRun() => _setup.NewDriver().RunGenerators(_setup.Compilation);

    [Benchmark(Description = "Generator: re-run, nothing changed")]
    public GeneratorDriver RerunUnchanged() => _warm.RunGenerators(_setup.Compilation);

    [Benchmark(Description = "Generator: one YAML file edited")]
    public GeneratorDriver OneYamlFileEdited() => _warm.ReplaceAdditionalText(_edited, _editedReplacement).RunGenerators(_setup.Compilation);

    [Benchmark(Description = "Driver floor: re-run, nothing changed")]
    public GeneratorDriver DriverFloorRerunUnchanged() => _warmFloor.RunGenerators(_setup.Compilation);

    [Benchmark(Description = "Generator: unrelated C# edit")]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_withUnrelatedEdit);
}
