using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Reflection;
using DiplomacyData.Cli.Commands;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Lookup;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli;

/// <summary>
/// The <c>diplomacy</c> command line, callable in-process: <see cref="Run(string[], TextWriter, TextWriter)"/>
/// parses the arguments, runs the command and returns the exit code (see <see cref="ExitCodes"/>).
/// </summary>
public static class CliApp
{
    public const string Name = "diplomacy";

    /// <summary>Runs with plain (uncoloured) output to the given writers, as tests and redirected output see it.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, new CliConsole(output, error));

    /// <summary>Runs over the data compiled into the tool.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console) => Run(args, console, Dataset.Compiled);

    /// <summary>Runs over <paramref name="data"/>: the compiled catalogue, or in tests any other records of the model.</summary>
    internal static int Run(IReadOnlyList<string> args, CliConsole console, Dataset data)
    {
        var root = CreateRootCommand(console, data);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            return ReportUsageErrors(parseResult, console);
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException failure)
        {
            console.WriteError(failure.Message);
            foreach (var hint in failure.Hints)
            {
                console.WriteHint(hint);
            }

            return failure.ExitCode;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            console.WriteError(failure.Message);
            return ExitCodes.OutputError;
        }
        catch (Exception failure)
        {
            // Whatever a command did not expect ends here as an error line and a documented exit code, not as a
            // crash (an unhandled exception aborts the process with a runtime-specific code and a stack trace).
            console.WriteError($"internal error: {failure.GetType().Name}: {failure.Message}");
            console.Error.WriteLine($"This is a fault in {Name} {ToolVersion}, not in what you asked for; please report it with the command line and these lines.");
            if (failure.StackTrace is { } trace)
            {
                console.Error.WriteLine(trace.Split('\n')[0].Trim());
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>The tool's version (its package version, which is its data's version unless packed with another; without the source revision).</summary>
    public static string ToolVersion
    {
        get
        {
            var informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }

    private static Command CreateRootCommand(CliConsole console, Dataset data)
    {
        // A plain Command rather than RootCommand: RootCommand names itself after the executable, which is
        // "testhost" under a test runner; the tool is "diplomacy" wherever it runs.
        var version = new Option<bool>("--version") { Description = "Show the tool's and the dataset's version." };
        var help = new HelpOption();
        var root = new Command(Name, "Query and export DiplomacyData, a curated dataset of diplomatic engagements with verbatim evidence.")
        {
            help,
            version,
            ListCommand.Create(console, data),
            ShowCommand.Create(console, data),
            PeopleCommand.Create(console, data),
            PersonCommand.Create(console, data),
            StatsCommand.Create(console, data),
            ExportCommand.Create(console, data),
            DiffCommand.Create(console, data),
            DraftCommand.Create(console, data),
            ReportCommand.Create(console, data),
            ReleaseCommand.Create(console),
        };
        if (help.Action is HelpAction standard)
        {
            help.Action = new CommandListHelp(standard);
        }

        root.SetAction(result =>
        {
            if (result.GetValue(version))
            {
                console.Out.WriteLine($"{Name} {ToolVersion} (data {data.DataVersion}, {data.ContentHash})");
                return ExitCodes.Success;
            }

            console.WriteError("a command is required.");
            console.Error.WriteLine($"Run '{Name} --help' to see the commands.");
            return ExitCodes.UsageError;
        });
        return root;
    }

    /// <summary>
    /// Every parse error as an <c>error:</c> line, a "did you mean" for a mistyped command, and where to
    /// find help; exit code 2.
    /// </summary>
    private static int ReportUsageErrors(ParseResult parseResult, CliConsole console)
    {
        foreach (var error in parseResult.Errors)
        {
            console.WriteError(error.Message);
        }

        var command = parseResult.CommandResult.Command;
        var unmatched = parseResult.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
        if (unmatched is not null && command.Subcommands.Count > 0)
        {
            var names = command.Subcommands.Select(c => ((IEnumerable<string>)new[] { c.Name }, c.Name));
            foreach (var hint in Suggestions.Closest(unmatched, names, limit: 2).Select(s => $"Did you mean '{s}'?"))
            {
                console.WriteHint(hint);
            }
        }

        console.Error.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
        return ExitCodes.UsageError;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult commandResult)
            {
                names.Insert(0, commandResult.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
