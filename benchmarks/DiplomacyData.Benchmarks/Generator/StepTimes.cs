using System.Diagnostics;
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
    public static void Print(GeneratorSetup setup, bool trackSteps)
    {
        var watch = Stopwatch.StartNew();
        var paused = GC.GetTotalPauseDuration();
        var driver = Environment.GetEnvironmentVariable("PROFILE_FLOOR") is null ? setup.NewDriver(new DiplomacyData.Generators.DatasetGenerator(), trackSteps).RunGenerators(setup.Compilation) : setup.NewDriver(new DriverFloorGenerator(), trackSteps).RunGenerators(setup.Compilation);
        Report("cold run", driver, watch.Elapsed, GC.GetTotalPauseDuration() - paused);

        var original = setup.Files.First(f => f.Path.EndsWith("source-000000.yaml", StringComparison.Ordinal));
        if (Environment.GetEnvironmentVariable("PROFILE_LOOP") is { } loop)
        {
            Console.WriteLine($"READY {Environment.ProcessId}");
            var kind = Enum.Parse<DataEdit>(loop);
            var edited = new GeneratorSetup.MemoryText(original.Path, DataEdits.Apply(kind, original.GetText()!.ToString()));
            var end = Stopwatch.StartNew();
            var n = 0;
            while (end.Elapsed.TotalSeconds < 40)
            {
                driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(setup.Compilation);
                driver = driver.ReplaceAdditionalText(edited, original).RunGenerators(setup.Compilation);
                n += 2;
            }
            Console.WriteLine($"LOOPED {n} runs, {end.Elapsed.TotalMilliseconds / n:F0} ms each");
            return;
        }
        foreach (var edit in Enum.GetValues<DataEdit>())
        {
            var replacement = new GeneratorSetup.MemoryText(original.Path, DataEdits.Apply(edit, original.GetText()!.ToString()));
            for (var round = 1; round <= 2; round++)
            {
                // The edit, then its undo: every round changes one file.
                var (from, to) = round == 1 ? (original, (AdditionalText)replacement) : (replacement, original);
                driver = driver.ReplaceAdditionalText(from, to);
                watch.Restart();
                paused = GC.GetTotalPauseDuration();
                driver = driver.RunGenerators(setup.Compilation);
                Report($"{edit} ({(round == 1 ? "edit" : "undo")})", driver, watch.Elapsed, GC.GetTotalPauseDuration() - paused);
            }
        }
    }

    private static void Report(string run, GeneratorDriver driver, TimeSpan elapsed, TimeSpan paused)
    {
        var result = driver.GetRunResult().Results[0];
        Console.WriteLine($"{run}: {elapsed.TotalMilliseconds:F0} ms (GC pauses {paused.TotalMilliseconds:F0} ms)");
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
            Console.WriteLine($"  {step.Name,-16} {step.Elapsed.TotalMilliseconds,9:F1} ms  {step.Count,6} runs  {step.Reasons}");
        }
    }
}
