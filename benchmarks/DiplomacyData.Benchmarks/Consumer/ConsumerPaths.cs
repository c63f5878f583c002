using System;
using System.Globalization;
using System.IO;

namespace DiplomacyData.Benchmarks.Consumer;

/// <summary>The three ways a consumer gets the catalogue, each a separately built assembly per size.</summary>
public enum Contender
{
    /// <summary>The package: DiplomacyData.dll built from the synthetic YAML by the source generator.</summary>
    Generated,

    /// <summary>
    /// The package's generated code without its typed-handle properties, compiled with the package's sources: the
    /// package as it would be if the handles did not put one method per record on a class.
    /// </summary>
    GeneratedNoHandles,

    /// <summary>DiplomacyData.Baselines.Json.dll: the same records from an embedded JSON resource, System.Text.Json (source-generated context).</summary>
    SystemTextJson,

    /// <summary>DiplomacyData.Baselines.Yaml.dll: the same records from an embedded YAML resource, YamlDotNet.</summary>
    YamlDotNet,
}

/// <summary>Where prepare-consumer puts the artefacts and the benchmark finds them: artifacts/bench/&lt;size&gt;/….</summary>
public static class ConsumerPaths
{
    /// <summary>Set by the benchmark host for its launches: the artifacts/bench folder.</summary>
    public const string BenchDirectoryVariable = "DIPLOMACYDATA_BENCH_DIR";

    /// <summary>Set by the benchmark host for its launches: the folder each launch appends its own measurements to.</summary>
    public const string ResultsDirectoryVariable = "DIPLOMACYDATA_CONSUMER_RESULTS";

    public static readonly int[] Sizes = [1_000, 100_000];

    /// <summary>The repository root: the first folder up from here (or from the executable) with DiplomacyData.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DiplomacyData.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("DiplomacyData.sln not found above the current directory or the executable");
    }

    public static string BenchDirectory() =>
        Environment.GetEnvironmentVariable(BenchDirectoryVariable) is { Length: > 0 } set
            ? set
            : Path.Combine(RepositoryRoot(), "artifacts", "bench");

    public static string SizeDirectory(string bench, int size) => Path.Combine(bench, size.ToString(CultureInfo.InvariantCulture));

    public static string SyntheticData(string bench, int size) => Path.Combine(SizeDirectory(bench, size), "data");

    public static string JsonResource(string bench, int size) => Path.Combine(SizeDirectory(bench, size), "dataset.json");

    public static string YamlResource(string bench, int size) => Path.Combine(SizeDirectory(bench, size), "dataset.yaml");

    public static string Manifest(string bench, int size) => Path.Combine(SizeDirectory(bench, size), "consumer.json");

    public static string AssemblyPath(string bench, int size, Contender contender) => contender switch
    {
        Contender.Generated => Path.Combine(SizeDirectory(bench, size), "package", "DiplomacyData.dll"),
        Contender.GeneratedNoHandles => Path.Combine(SizeDirectory(bench, size), "package-nohandles", "DiplomacyData.dll"),
        Contender.SystemTextJson => Path.Combine(SizeDirectory(bench, size), "json", "DiplomacyData.Baselines.Json.dll"),
        Contender.YamlDotNet => Path.Combine(SizeDirectory(bench, size), "yaml", "DiplomacyData.Baselines.Yaml.dll"),
        _ => throw new ArgumentOutOfRangeException(nameof(contender)),
    };
}
