using System.IO;
using DiplomacyData.Cli;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Tests;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs <c>diplomacy</c> through its entry point with redirected (plain) output, as a pipe would see it.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs over <paramref name="data"/> instead of the compiled catalogue (the seam of <c>CliApp.Run</c>).</summary>
    public static CliResult Over(Dataset data, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(output, error), data);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs and asserts the exit code, showing everything printed when it differs.</summary>
    public static CliResult Expect(int exitCode, params string[] args)
    {
        var result = Run(args);
        result.ExitCode.ShouldBe(exitCode, result.ToString());
        return result;
    }

    /// <summary>The lines of a table's body (after the header), without blank lines.</summary>
    public static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
