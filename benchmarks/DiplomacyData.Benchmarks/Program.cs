using BenchmarkDotNet.Running;
using DiplomacyData.Synthetic;

// Every figure this tool prints (time-generator, time-steps, largest-method …) reads the same on any machine.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;

// `write-synthetic <directory> <engagements>` writes a synthetic dataset (for building the package at scale);
// anything else goes to BenchmarkDotNet's switcher (e.g. --filter '*Generator*').
if (args is ["write-synthetic", var directory, var count])
{
    SyntheticDataset.Write(directory, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {count} engagements to {directory}");
    return;
}

if (args is ["largest-method", var assemblyPath])
{
    // The JIT does not optimise methods above 60 KB of IL: report the largest method body of an assembly.
    using var stream = File.OpenRead(assemblyPath);
    using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
    var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
    var largest = metadata.MethodDefinitions
        .Select(metadata.GetMethodDefinition)
        .Where(method => method.RelativeVirtualAddress != 0)
        .Select(method => (Name: metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name), Size: System.Reflection.Metadata.PEReaderExtensions.GetMethodBody(pe, method.RelativeVirtualAddress).Size))
        .MaxBy(method => method.Size);
    Console.WriteLine($"largest method: {largest.Name}, {largest.Size} bytes of IL");
    return;
}

if (args is ["time-generator", var size])
{
    // A quick look, not a measurement: one cold run, timed, with the generator's diagnostics counted.
    var setup = new DiplomacyData.Benchmarks.Generator.GeneratorSetup(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var pausedBefore = GC.GetTotalPauseDuration();
    var driver = setup.NewDriver().RunGenerators(setup.Compilation);
    var result = driver.GetRunResult();
    Console.WriteLine($"cold run {watch.Elapsed.TotalSeconds:F2} s (of which GC pauses {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:F2} s), {result.Diagnostics.Length} diagnostics, {result.GeneratedTrees.Length} files, {result.GeneratedTrees.Sum(t => t.Length)} chars");
    foreach (var diagnostic in result.Diagnostics.Take(5))
    {
        Console.WriteLine(diagnostic);
    }

    watch.Restart();
    foreach (var text in setup.YamlTexts)
    {
        new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(text));
    }

    Console.WriteLine($"YamlDotNet YamlStream.Load of the same YAML {watch.Elapsed.TotalSeconds:F2} s");
    watch.Restart();
    foreach (var text in setup.YamlTexts)
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(text));
        while (parser.MoveNext())
        {
        }
    }

    Console.WriteLine($"YamlDotNet Parser events alone {watch.Elapsed.TotalSeconds:F2} s");
    watch.Restart();
    var kept = new List<YamlDotNet.RepresentationModel.YamlStream>();
    foreach (var text in setup.YamlTexts)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(text));
        kept.Add(stream);
    }

    Console.WriteLine($"YamlDotNet YamlStream.Load, all kept {watch.Elapsed.TotalSeconds:F2} s");
    kept = null;
    GC.Collect();
    DiplomacyData.Benchmarks.Generator.StageTimes.Print(setup);
    return;
}

if (args is ["time-steps", var stepsSize, .. var stepsOptions])
{
    // A quick look, not a measurement: a cold run and every kind of edit as the driver runs them; --steps adds each
    // step's time; --repeat EDIT repeats one edit for a profiler; --floor runs the driver floor instead.
    var repeatAt = Array.IndexOf(stepsOptions, "--repeat");
    DiplomacyData.Benchmarks.Generator.DataEdit? repeat = repeatAt >= 0 && repeatAt + 1 < stepsOptions.Length
        ? Enum.Parse<DiplomacyData.Benchmarks.Generator.DataEdit>(stepsOptions[repeatAt + 1])
        : null;
    DiplomacyData.Benchmarks.Generator.StepTimes.Print(
        new DiplomacyData.Benchmarks.Generator.GeneratorSetup(int.Parse(stepsSize, System.Globalization.CultureInfo.InvariantCulture)),
        stepsOptions.Contains("--steps"), repeat, stepsOptions.Contains("--floor"));
    return;
}

if (args is ["prepare-consumer", .. var sizes])
{
    // Builds what the consumer cold-start benchmark loads (Consumer/PrepareConsumer.cs); optional sizes, default 1000 100000.
    DiplomacyData.Benchmarks.Consumer.PrepareConsumer.Run(sizes);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
