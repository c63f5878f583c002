using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DiplomacyData.Cli.Export.Csv;
using DiplomacyData.Cli.Export.Schema;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;
using DiplomacyData.Testing;

namespace DiplomacyData.QueryBenchmarks;

/// <summary>
/// <c>diplomacy report</c> on a synthetic set (export rows made in memory, no package compiled), written to disk,
/// against the baseline of writing the same tables as CSV (what <c>diplomacy export --format csv</c> does with them):
/// how much more the whole site costs than the plainest export of the same rows; and the same report rendered
/// but not written, to tell the report's own work from the file system's (a file per engagement and person).
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportRows _rows = null!;
    private string _folder = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Engagements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Materialised once, so that neither side pays for making the synthetic rows.
        var rows = SyntheticReportRows.Create(Engagements);
        _rows = rows with { Tables = rows.Tables.ToDictionary(t => t.Key, t => new ReportTable(ExportTables.Named(t.Key), t.Value.Rows.ToList()), StringComparer.Ordinal) };
        _folder = Path.Combine(Path.GetTempPath(), "diplomacy-report-benchmark-" + Engagements);
    }

    [Benchmark(Baseline = true, Description = "CSV export of the same tables")]
    public int Csv()
    {
        var directory = Path.Combine(_folder, "csv");
        Directory.CreateDirectory(directory);
        return _rows.Tables.Values.Sum(t => CsvTableWriter.Write(ExportTables.Named(t.Name), t.Rows, directory));
    }

    [Benchmark(Description = "diplomacy report")]
    public int Report() => ReportSite.Write(_rows, new FolderOutput(Path.Combine(_folder, "report"))).Count;

    [Benchmark(Description = "diplomacy report, rendered but not written")]
    public int ReportRendered() => ReportSite.Write(_rows, new Discard()).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        // Once per benchmark and size: the first of a size deletes the folder, the others find it gone.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Takes every page and keeps nothing: the report's own work, without the file system's.</summary>
    private sealed class Discard : ISiteOutput
    {
        public TextWriter Create(string path) => TextWriter.Null;
    }

    /// <summary>
    /// In process: runs of seconds each, where a separate process adds nothing but a second build of the
    /// tool, which on a busy machine outlasts BenchmarkDotNet's build timeout; at 100,000 a run may take an hour there.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true)));
    }
}
