using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DiplomacyData.Cli.Output;

/// <summary>
/// System.CommandLine's help, with its list of commands naming each command's arguments as that command's own usage
/// line does: an argument that may be left out in brackets (<c>diff &lt;old&gt; [&lt;new&gt;]</c>), where the standard
/// list writes every argument as required. System.CommandLine 3.0 keeps its help builder internal, so the standard
/// help is written to a buffer and only the rows under "Commands:" are relabelled and realigned.
/// </summary>
internal sealed class CommandListHelp(HelpAction standard) : SynchronousCommandLineAction
{
    private const string Indent = "  ";
    private const string Gutter = "  ";

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode;
        configuration.Output = buffer;
        try
        {
            exitCode = standard.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(Relabel(buffer.ToString(), parseResult.CommandResult.Command));
        return exitCode;
    }

    /// <summary>The help text with the rows of <paramref name="command"/>'s subcommands relabelled; other lines as they were.</summary>
    internal static string Relabel(string help, Command command)
    {
        var labels = command.Subcommands.Where(c => !c.Hidden).Select(c => (Standard: Label(c, optional: false), Ours: Label(c, optional: true))).ToList();
        if (labels.Count == 0)
        {
            return help;
        }

        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == "Commands:");
        if (start < 0)
        {
            return help;
        }

        var oldColumn = Indent.Length + labels.Max(l => l.Standard.Length) + Gutter.Length;
        var newColumn = Indent.Length + labels.Max(l => l.Ours.Length) + Gutter.Length;
        for (var i = start + 1; i < lines.Length && lines[i].StartsWith(Indent, StringComparison.Ordinal); i++)
        {
            var line = lines[i];
            var row = labels.FirstOrDefault(l => line.Length > oldColumn && line.StartsWith(Indent + l.Standard + " ", StringComparison.Ordinal));
            lines[i] = row.Ours is not null
                ? (Indent + row.Ours).PadRight(newColumn) + line.Substring(oldColumn)
                : line.Length >= oldColumn && line.Substring(0, oldColumn).Trim().Length == 0
                    ? new string(' ', newColumn) + line.Substring(oldColumn)
                    : line;
        }

        return string.Join('\n', lines);
    }

    private static string Label(Command command, bool optional) =>
        string.Join(' ', new[] { command.Name }.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => Usage(a, optional))));

    private static string Usage(Argument argument, bool optional)
    {
        var name = "<" + (argument.HelpName ?? argument.Name) + ">";
        return optional && argument.Arity.MinimumNumberOfValues == 0 ? "[" + name + "]" : name;
    }
}
