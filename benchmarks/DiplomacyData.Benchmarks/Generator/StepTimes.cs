using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Benchmarks.Generator;

/// <summary>
/// Times the generator as the driver runs it, cold and after each kind of one-file edit and its undo (a diagnostic
/// aid for the <c>time-steps</c> command, not a benchmark). With <c>--steps</c>, also each step's elapsed time as
/// Roslyn records it when step tracking is on; tracking itself costs far more than the steps at a few thousand
/// engagements (it keeps every step's inputs), so the totals are only meaningful without it.
/// </summary>
internal static class StepTimes
{
    /// <param name="repeat">
    /// With <c>--repeat EDIT</c> (a <see cref="DataEdit"/> name): after the cold run, that edit and its undo, again and
    /// again for 40 s, then their mean time; a steady load for a profiler to attach to (the process id is printed
    /// first, e.g. for <c>dotnet-trace collect -p</c>), instead of the list of edits.
    /// </param>
    /// <param name="floor">With <c>--floor</c>: the driver floor (<see cref="DriverFloorGenerator"/>) instead of the generator.</param>
    public static void Print(GeneratorSetup setup, bool trackSteps, DataEdit? repeat = null, bool floor = false)
    {
        var watch = Stopwatch.StartNew();
        var paused = GC.GetTotalPauseDuration();
        IIncrementalGenerator generator = floor ? new DriverFloorGenerator() : new DiplomacyData.Generators.DatasetGenerator();
        var driver = setup.NewDriver(generator, trackSteps).RunGenerators(setup.Compilation);
        Report("cold run", driver, watch.Elapsed, GC.GetTotalPauseDuration() - paused);

        var original = setup.Files.First(f => f.Path.EndsWith("source-000000.yaml", StringComparison.Ordinal));
        if (repeat is { } edit)
        {
            Repeat(setup, driver, original, edit);
            return;
        }

        foreach (var kind in Enum.GetValues<DataEdit>())
        {
            var replacement = new GeneratorSetup.MemoryText(original.Path, DataEdits.Apply(kind, original.GetText()!.ToString()));
            for (var round = 1; round <= 2; round++)
            {
                // The edit, then its undo: every round changes one file.
                var (from, to) = round == 1 ? (original, (AdditionalText)replacement) : (replacement, original);
                driver = driver.ReplaceAdditionalText(from, to);
                watch.Restart();
                paused = GC.GetTotalPauseDuration();
                driver = driver.RunGenerators(setup.Compilation);
                Report($"{kind} ({(round == 1 ? "edit" : "undo")})", driver, watch.Elapsed, GC.GetTotalPauseDuration() - paused);
            }
        }
    }

    private static void Repeat(GeneratorSetup setup, GeneratorDriver driver, AdditionalText original, DataEdit edit)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"repeating {edit} and its undo for 40 s in process {Environment.ProcessId}"));
        var edited = new GeneratorSetup.MemoryText(original.Path, DataEdits.Apply(edit, original.GetText()!.ToString()));
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed.TotalSeconds < 40)
        {
            driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(setup.Compilation);
            driver = driver.ReplaceAdditionalText(edited, original).RunGenerators(setup.Compilation);
            runs += 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit} and its undo: {runs} runs, {watch.Elapsed.TotalMilliseconds / runs:F0} ms each"));
    }

    private static void Report(string run, GeneratorDriver driver, TimeSpan elapsed, TimeSpan paused)
    {
        var result = driver.GetRunResult().Results[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run}: {elapsed.TotalMilliseconds:F0} ms (GC pauses {paused.TotalMilliseconds:F0} ms)"));
        if (result.TrackedSteps.IsEmpty)
        {
            return;
        }

        var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps)
            .Select(step => (Name: step.Key, Count: step.Value.Length, Elapsed: TimeSpan.FromTicks(step.Value.Sum(s => s.ElapsedTime.Ticks)),
                Reasons: string.Join(" ", step.Value.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key}:{g.Count()}"))))
            .OrderByDescending(step => step.Elapsed);
        foreach (var step in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Name,-16} {step.Elapsed.TotalMilliseconds,9:F1} ms  {step.Count,6} runs  {step.Reasons}"));
        }
    }
}
