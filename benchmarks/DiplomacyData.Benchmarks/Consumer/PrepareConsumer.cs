using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyData.Synthetic;

namespace DiplomacyData.Benchmarks.Consumer;

/// <summary>
/// <c>prepare-consumer [sizes…]</c>: the artefacts the consumer benchmark (<see cref="ConsumerFirstAccess"/>) loads, for
/// 1,000 and 100,000 engagements unless sizes are given. Per size, under artifacts/bench/&lt;size&gt;/:
/// <list type="number">
/// <item>data/: the synthetic dataset (<see cref="SyntheticDataset.Write"/>);</item>
/// <item>package/DiplomacyData.dll: the package built from it by the source generator;</item>
/// <item>package-nohandles/DiplomacyData.dll: the same generated code without the typed-handle properties
/// (<see cref="Contender.GeneratedNoHandles"/>);</item>
/// <item>dataset.json, dataset.yaml: the same records as one document (<see cref="CatalogExport"/> of the built catalogue);</item>
/// <item>json/, yaml/: benchmarks/DiplomacyData.Baselines built with each document as its embedded resource;</item>
/// <item>consumer.json: sizes of the files, what each contender's records take on the heap, and the check that the
/// baselines build the same records as the package.</item>
/// </list>
/// </summary>
public static class PrepareConsumer
{
    public static void Run(IReadOnlyList<string> args)
    {
        var sizes = args.Count > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : ConsumerPaths.Sizes;
        var root = ConsumerPaths.RepositoryRoot();
        var bench = Path.Combine(root, "artifacts", "bench");
        var total = Stopwatch.StartNew();

        foreach (var size in sizes)
        {
            Prepare(root, bench, size);
        }

        Console.WriteLine($"prepare-consumer: done in {total.Elapsed.TotalSeconds:F0} s; artefacts under {bench}");
    }

    private static void Prepare(string root, string bench, int size)
    {
        var directory = ConsumerPaths.SizeDirectory(bench, size);
        Directory.CreateDirectory(directory);
        var step = Stopwatch.StartNew();

        var data = ConsumerPaths.SyntheticData(bench, size);
        SyntheticDataset.Write(data, size);
        Console.WriteLine($"[{size}] synthetic data in {data} ({step.Elapsed.TotalSeconds:F1} s)");

        // The command from the issue, plus intermediates under artifacts (for the generator project too, as global
        // properties reach project references): src/DiplomacyData/obj then keeps the real dataset's build, and a
        // later incremental build cannot pick up a synthetic DiplomacyData.dll from there.
        step.Restart();
        var package = Path.GetDirectoryName(ConsumerPaths.AssemblyPath(bench, size, Contender.Generated))!;
        Dotnet(root, Path.Combine(directory, "build-package.log"),
            "build", "src/DiplomacyData", "-c", "Release", "--no-incremental", "-nodeReuse:false",
            $"-p:DiplomacyDataDirectory={data}", "-p:TreatWarningsAsErrors=false",
            // The generated code is kept on disk (obj/package/generated) for the build without typed handles.
            "-p:EmitCompilerGeneratedFiles=true",
            $"-p:IntermediateOutputPath={Path.Combine(directory, "obj", "package")}{Path.DirectorySeparatorChar}",
            "-o", package);
        Console.WriteLine($"[{size}] DiplomacyData.dll built ({step.Elapsed.TotalSeconds:F0} s)");

        step.Restart();
        BuildWithoutHandles(root, directory, Path.Combine(directory, "obj", "package", "generated"),
            Path.GetDirectoryName(ConsumerPaths.AssemblyPath(bench, size, Contender.GeneratedNoHandles))!);
        Console.WriteLine($"[{size}] DiplomacyData.dll without typed handles built ({step.Elapsed.TotalSeconds:F0} s)");

        // The package itself, if it loads (at 100,000 engagements it does not: see README); the records are exported
        // from the variant without handles, whose records must then be the package's where the package loads.
        step.Restart();
        var results = new Dictionary<Contender, Inspection>();
        var failures = new Dictionary<string, string>();
        try
        {
            results[Contender.Generated] = Inspect(ConsumerPaths.AssemblyPath(bench, size, Contender.Generated));
        }
        catch (Exception e) when (e.InnerException is TypeLoadException or InvalidProgramException)
        {
            failures[Contender.Generated.ToString()] = e.InnerException!.GetType().Name + ": " + e.InnerException.Message;
            Console.WriteLine($"[{size}] the package's DiplomacyData.dll fails on first access: {failures[Contender.Generated.ToString()]}");
        }

        var generated = Inspect(ConsumerPaths.AssemblyPath(bench, size, Contender.GeneratedNoHandles));
        results[Contender.GeneratedNoHandles] = generated;
        if (results.TryGetValue(Contender.Generated, out var shipped) && shipped.Hash != generated.Hash)
        {
            throw new InvalidOperationException($"[{size}] the variant without handles does not hold the package's records");
        }

        var json = ConsumerPaths.JsonResource(bench, size);
        var yaml = ConsumerPaths.YamlResource(bench, size);
        File.WriteAllBytes(json, JsonSerializer.SerializeToUtf8Bytes(generated.Document));
        using (var writer = new StreamWriter(yaml, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(writer, generated.Document);
        }

        Console.WriteLine($"[{size}] {generated.Engagements} engagements exported to {json} ({new FileInfo(json).Length:N0} bytes) and {yaml} ({new FileInfo(yaml).Length:N0} bytes) ({step.Elapsed.TotalSeconds:F1} s)");

        foreach (var (contender, format, resource) in new[] { (Contender.SystemTextJson, "Json", json), (Contender.YamlDotNet, "Yaml", yaml) })
        {
            step.Restart();
            Dotnet(root, Path.Combine(directory, $"build-{format.ToLowerInvariant()}.log"),
                "build", "benchmarks/DiplomacyData.Baselines", "-c", "Release", "--no-incremental", "-nodeReuse:false",
                $"-p:BaselineFormat={format}", $"-p:BaselineData={resource}",
                "-o", Path.GetDirectoryName(ConsumerPaths.AssemblyPath(bench, size, contender))!);
            var inspection = Inspect(ConsumerPaths.AssemblyPath(bench, size, contender));
            if (inspection.Hash != generated.Hash)
            {
                throw new InvalidOperationException($"[{size}] the {contender} baseline does not build the same records as the package (export {inspection.Hash} vs {generated.Hash})");
            }

            results[contender] = inspection;
            Console.WriteLine($"[{size}] {contender} baseline built and checked: same records ({step.Elapsed.TotalSeconds:F1} s)");
        }

        var manifest = new ConsumerManifest(
            size,
            results.ToDictionary(r => r.Key.ToString(), r => new ContenderManifest(
                new FileInfo(ConsumerPaths.AssemblyPath(bench, size, r.Key)).Length,
                r.Value.Sizes.Objects, r.Value.Sizes.Bytes, r.Value.Sizes.Strings, r.Value.Sizes.StringBytes)),
            failures,
            new FileInfo(json).Length,
            new FileInfo(yaml).Length,
            generated.Hash);
        File.WriteAllText(ConsumerPaths.Manifest(bench, size), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
        foreach (var (contender, inspection) in results)
        {
            Console.WriteLine($"[{size}] {contender}: records take ~{inspection.Sizes.Bytes:N0} bytes ({inspection.Sizes.Objects:N0} objects, of which {inspection.Sizes.Strings:N0} strings, {inspection.Sizes.StringBytes:N0} bytes)");
        }
    }

    // The package's generated code minus the typed-handle properties (Engagements.Talks0 …), compiled with the
    // package's own sources and no generator: what first access costs when the handle class does not carry one
    // method per record (the runtime refuses a type with more than 65,535 methods; see README).
    private static void BuildWithoutHandles(string root, string directory, string generated, string output)
    {
        var project = Path.Combine(directory, "obj", "nohandles-project");
        if (Directory.Exists(project))
        {
            Directory.Delete(project, recursive: true);
        }

        Directory.CreateDirectory(project);
        var handle = new Regex(@"^\s*public static global::[\w.]+ \w+ => s_all\[\d+\];\s*$", RegexOptions.CultureInvariant);
        foreach (var file in Directory.EnumerateFiles(generated, "*.g.cs", SearchOption.AllDirectories))
        {
            var kept = new List<string>();
            foreach (var line in File.ReadLines(file))
            {
                if (handle.IsMatch(line))
                {
                    if (kept.Count > 0 && kept[^1].TrimStart().StartsWith("/// <summary>", StringComparison.Ordinal))
                    {
                        kept.RemoveAt(kept.Count - 1);
                    }

                    continue;
                }

                kept.Add(line);
            }

            File.WriteAllLines(Path.Combine(project, Path.GetFileName(file)), kept, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var source = Path.Combine(root, "src", "DiplomacyData");
        File.WriteAllText(Path.Combine(project, "DiplomacyData.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <AssemblyName>DiplomacyData</AssemblyName>
                <RootNamespace>DiplomacyData</RootNamespace>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
                <!-- The copied DataRelease.g.cs carries the package's informational version. -->
                <GenerateAssemblyInformationalVersionAttribute>false</GenerateAssemblyInformationalVersionAttribute>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{source}/**/*.cs" Exclude="{source}/obj/**;{source}/bin/**" />
              </ItemGroup>
              <PropertyGroup>
                <DiplomacyDataUnicodeFiles>DerivedGeneralCategory.txt;DerivedCoreProperties.txt;confusables.txt</DiplomacyDataUnicodeFiles>
              </PropertyGroup>
              <Import Project="{Path.Combine(root, "src", "Shared", "Unicode", "Unicode.targets")}" />
            </Project>
            """);
        Dotnet(root, Path.Combine(directory, "build-nohandles.log"),
            "build", project, "-c", "Release", "--no-incremental", "-nodeReuse:false", "-o", output);
    }

    private sealed record Inspection(int Engagements, Dictionary<string, object?> Document, string Hash, RecordSizes Sizes);

    // Loads one contender in a collectible context, measures its records, exports them and hashes the export.
    private static Inspection Inspect(string assemblyPath)
    {
        var context = new AssemblyLoadContext(Path.GetFileNameWithoutExtension(assemblyPath), isCollectible: true);
        try
        {
            var catalog = context.LoadFromAssemblyPath(assemblyPath).GetType("DiplomacyData.Catalog", throwOnError: true)!;
            var lists = CatalogExport.Lists(catalog);
            var sizes = RecordSizeEstimator.Estimate(lists.Values);
            var document = CatalogExport.Export(catalog);
            var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(document)));
            return new Inspection(lists["Engagements"].Cast<object>().Count(), document, hash, sizes);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void Dotnet(string workingDirectory, string log, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        File.WriteAllText(log, "dotnet " + string.Join(' ', arguments) + "\n\n" + output + error.Result);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(string.Join('\n', output.Split('\n').TakeLast(30)) + error.Result);
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}); see {log}");
        }
    }
}

/// <summary>What prepare-consumer found for one size: read back by the benchmark's columns.</summary>
public sealed record ConsumerManifest(
    int Size, Dictionary<string, ContenderManifest> Contenders, Dictionary<string, string> Failures, long JsonBytes, long YamlBytes, string ExportSha256);

/// <summary>One contender's assembly and the heap its records take (<see cref="RecordSizeEstimator"/>).</summary>
public sealed record ContenderManifest(long AssemblyBytes, long RecordObjects, long RecordBytes, long Strings, long StringBytes);
