using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace DiplomacyData.Benchmarks.Consumer;

/// <summary>
/// A consumer's cold start: the time to the first <c>Catalog.Engagements.Count</c> in a fresh process, for the
/// generated package and for two run-time loaders of the same records (System.Text.Json, YamlDotNet), each a
/// separately built assembly per size (prepare-consumer). Every launch loads its contender the same way, by path
/// (<see cref="Assembly.LoadFrom(string)"/>) in the global setup, and binds a delegate to the static
/// <c>DiplomacyData.Catalog.get_Engagements</c>, so that the measured invocation is the first access and nothing else:
/// type loading, JIT, the loader's own dependencies (System.Text.Json, YamlDotNet) and the decoding or parsing.
/// One invocation per launch (<see cref="ConsumerConfig"/>); its allocations, the garbage collections during it, and the
/// heap the catalogue keeps afterwards are written by the launch itself and shown in extra columns
/// (BenchmarkDotNet's MemoryDiagnoser would measure a second, warm, invocation).
/// </summary>
[Config(typeof(ConsumerConfig))]
public class ConsumerFirstAccess
{
    private static Func<object>? s_engagements;
    private static object? s_kept;
    private static Contender s_contender;
    private static long s_heapBefore;
    private static long s_allocated;
    private static int s_gen0, s_gen1, s_gen2, s_count;
    private static string s_preloaded = "";

    /// <summary>
    /// Engagements in the dataset (and a tenth as many people, a fifth as many sources): 1,000 and 100,000, or the
    /// sizes listed in DIPLOMACYDATA_CONSUMER_SIZES (comma-separated; each prepared first).
    /// </summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("DIPLOMACYDATA_CONSUMER_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : ConsumerPaths.Sizes;

    [GlobalSetup(Target = nameof(Generated))]
    public void SetupGenerated() => Setup(Contender.Generated);

    [GlobalSetup(Target = nameof(GeneratedNoHandles))]
    public void SetupGeneratedNoHandles() => Setup(Contender.GeneratedNoHandles);

    [GlobalSetup(Target = nameof(SystemTextJson))]
    public void SetupSystemTextJson() => Setup(Contender.SystemTextJson);

    [GlobalSetup(Target = nameof(YamlDotNet))]
    public void SetupYamlDotNet() => Setup(Contender.YamlDotNet);

    /// <summary>The package: the generated catalogue decodes its literals on first access.</summary>
    [Benchmark(Baseline = true)]
    public int Generated() => FirstAccess();

    /// <summary>The package's generated code without the typed-handle properties (see <see cref="Contender.GeneratedNoHandles"/>).</summary>
    [Benchmark]
    public int GeneratedNoHandles() => FirstAccess();

    /// <summary>An embedded JSON resource, System.Text.Json with a source-generated context, then linked into the records.</summary>
    [Benchmark]
    public int SystemTextJson() => FirstAccess();

    /// <summary>An embedded YAML resource, YamlDotNet, then linked into the records.</summary>
    [Benchmark]
    public int YamlDotNet() => FirstAccess();

    [GlobalCleanup]
    public void Cleanup()
    {
        // The catalogue is still referenced (s_kept): what the heap holds now beyond what it held before the access.
        var retained = GC.GetTotalMemory(forceFullCollection: true) - s_heapBefore;
        GC.KeepAlive(s_kept);
        using var process = Process.GetCurrentProcess();
        var measurement = new LaunchMeasurement(s_contender.ToString(), Size, s_count, s_allocated, retained, s_gen0, s_gen1, s_gen2, process.PeakWorkingSet64, s_preloaded);
        if (s_count > 0 && Environment.GetEnvironmentVariable(ConsumerPaths.ResultsDirectoryVariable) is { Length: > 0 } results)
        {
            measurement.Append(results);
        }

        Console.WriteLine("// consumer launch: " + measurement.ToLine());
    }

    private void Setup(Contender contender)
    {
        s_contender = contender;
        var path = ConsumerPaths.AssemblyPath(ConsumerPaths.BenchDirectory(), Size, contender);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run `dotnet run -c Release --project benchmarks/DiplomacyData.Benchmarks -- prepare-consumer` first", path);
        }

        var catalog = Assembly.LoadFrom(path).GetType("DiplomacyData.Catalog", throwOnError: true)!;
        s_engagements = catalog.GetProperty("Engagements", BindingFlags.Public | BindingFlags.Static)!.GetMethod!.CreateDelegate<Func<object>>();

        // Whether a loader's dependency is in the process already (it should not be: its loading belongs to the first access).
        s_preloaded = string.Join('+', AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name)
            .Where(n => n is "System.Text.Json" or "YamlDotNet")) is { Length: > 0 } names ? names : "-";
        s_heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    }

    private static int FirstAccess()
    {
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var engagements = (IReadOnlyCollection<object>)s_engagements!();
        var count = engagements.Count;

        s_allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        (s_gen0, s_gen1, s_gen2) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        s_count = count;
        s_kept = engagements;
        return count;
    }
}

/// <summary>One launch's own measurements of its first access, one tab-separated line per launch.</summary>
public sealed record LaunchMeasurement(
    string Contender, int Size, int Count, long Allocated, long Retained, int Gen0, int Gen1, int Gen2, long PeakWorkingSet, string Preloaded)
{
    public static string FileName(string contender, int size) => $"{contender}-{size.ToString(CultureInfo.InvariantCulture)}.tsv";

    public string ToLine() => string.Join('\t', Contender, I(Size), I(Count), I(Allocated), I(Retained), I(Gen0), I(Gen1), I(Gen2), I(PeakWorkingSet), Preloaded);

    public void Append(string directory)
    {
        Directory.CreateDirectory(directory);
        File.AppendAllText(Path.Combine(directory, FileName(Contender, Size)), ToLine() + "\n");
    }

    public static IReadOnlyList<LaunchMeasurement> Read(string directory, string contender, int size)
    {
        var path = Path.Combine(directory, FileName(contender, size));
        return !File.Exists(path) ? [] : File.ReadAllLines(path).Where(l => l.Length > 0).Select(Parse).ToList();
    }

    private static LaunchMeasurement Parse(string line)
    {
        var f = line.Split('\t');
        return new LaunchMeasurement(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
            long.Parse(f[3], CultureInfo.InvariantCulture), long.Parse(f[4], CultureInfo.InvariantCulture),
            int.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture), int.Parse(f[7], CultureInfo.InvariantCulture),
            long.Parse(f[8], CultureInfo.InvariantCulture), f[9]);
    }

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}
