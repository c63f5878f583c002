using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DiplomacyData.Benchmarks.Consumer;

/// <summary>
/// Cold start, separate launches: each launch is a new process that runs one invocation, with no warm-up (so the
/// measured invocation is the process's first access of the catalogue). Fifteen launches per case unless
/// DIPLOMACYDATA_CONSUMER_LAUNCHES says otherwise. The launches write their own measurements to a folder of this run
/// (artifacts/bench/consumer-runs/&lt;time&gt;/), from which the extra columns are read.
/// </summary>
public sealed class ConsumerConfig : ManualConfig
{
    private static readonly Lazy<(string Bench, string Run)> s_directories = new(() =>
    {
        var bench = ConsumerPaths.BenchDirectory();
        var run = Path.Combine(bench, "consumer-runs", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(run);
        return (bench, run);
    });

    public ConsumerConfig()
    {
        var (bench, run) = s_directories.Value;
        var launches = int.TryParse(Environment.GetEnvironmentVariable("DIPLOMACYDATA_CONSUMER_LAUNCHES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 15;
        AddJob(Job.Default
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(launches)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithEnvironmentVariables(
                new EnvironmentVariable(ConsumerPaths.BenchDirectoryVariable, bench),
                new EnvironmentVariable(ConsumerPaths.ResultsDirectoryVariable, run))
            .WithId("ColdStart"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        AddColumn(
            new LaunchColumn("Allocated", "Bytes allocated by the first access (median over launches; GC.GetAllocatedBytesForCurrentThread around it)", run, m => Bytes(m.Median(x => x.Allocated))),
            new LaunchColumn("Records", "Heap the records need: every object reachable from the catalogue's lists, estimated by prepare-consumer (RecordSizeEstimator)", run, (m, c) => Bytes(RecordBytes(bench, c))),
            new LaunchColumn("Alloc/Records", "Allocated divided by Records", run, (m, c) => Ratio(m.Median(x => x.Allocated), RecordBytes(bench, c))),
            new LaunchColumn("Retained", "Heap kept after the access (GC.GetTotalMemory(true) after minus before, catalogue referenced; median)", run, m => Bytes(m.Median(x => x.Retained))),
            new LaunchColumn("GCs 0/1/2", "Collections of generation 0/1/2 during the first access (median)", run, m => FormattableString.Invariant($"{m.Median(x => x.Gen0)}/{m.Median(x => x.Gen1)}/{m.Median(x => x.Gen2)}")),
            new LaunchColumn("Peak WS", "Peak working set of the launch's process (median)", run, m => Bytes(m.Median(x => x.PeakWorkingSet))),
            new LaunchColumn("Launches", "Launches that reported (loader assemblies already loaded before the access: - when none)", run, m => FormattableString.Invariant($"{m.Count} ({string.Join(',', m.Select(x => x.Preloaded).Distinct())})")));
    }

    public static string RunDirectory => s_directories.Value.Run;

    private static long RecordBytes(string bench, BenchmarkCase benchmarkCase)
    {
        var (contender, size) = Key(benchmarkCase);
        var path = ConsumerPaths.Manifest(bench, size);
        if (!File.Exists(path))
        {
            return 0;
        }

        var manifest = JsonSerializer.Deserialize<ConsumerManifest>(File.ReadAllText(path));
        return manifest?.Contenders.TryGetValue(contender, out var entry) == true ? entry.RecordBytes : 0;
    }

    internal static (string Contender, int Size) Key(BenchmarkCase benchmarkCase) =>
        (benchmarkCase.Descriptor.WorkloadMethod.Name, (int)benchmarkCase.Parameters["Size"]);

    private static string Bytes(double bytes) => bytes switch
    {
        <= 0 => "-",
        < 1024 * 1024 => FormattableString.Invariant($"{bytes / 1024:F1} KB"),
        _ => FormattableString.Invariant($"{bytes / (1024 * 1024):F2} MB"),
    };

    private static string Ratio(double numerator, double denominator) =>
        numerator <= 0 || denominator <= 0 ? "-" : FormattableString.Invariant($"{numerator / denominator:F2}");

    /// <summary>A column from the launches' own measurement files (and the manifest) for one case.</summary>
    private sealed class LaunchColumn(string name, string legend, string run, Func<IReadOnlyList<LaunchMeasurement>, BenchmarkCase, string> value) : IColumn
    {
        public LaunchColumn(string name, string legend, string run, Func<IReadOnlyList<LaunchMeasurement>, string> value)
            : this(name, legend, run, (m, _) => value(m))
        {
        }

        public string Id => "Consumer." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var (contender, size) = Key(benchmarkCase);
            var measurements = LaunchMeasurement.Read(run, contender, size);
            return measurements.Count == 0 && name != "Records" ? "-" : value(measurements, benchmarkCase);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}

internal static class MedianExtensions
{
    public static double Median(this IReadOnlyList<LaunchMeasurement> measurements, Func<LaunchMeasurement, double> select)
    {
        var sorted = measurements.Select(select).Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
