using System;
using System.IO;
using DiplomacyData.Cli.Output;
using DiplomacyData.Unicode;

namespace DiplomacyData.Cli;

/// <summary>
/// Where a command writes, and how: stdout and stderr with their own styling (colour only on a terminal),
/// and the terminal's width when there is one. Tests pass plain <see cref="StringWriter"/>s.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, ConsoleStyle? outputStyle = null, ConsoleStyle? errorStyle = null, int? width = null)
    {
        Out = output;
        Error = error;
        OutStyle = outputStyle ?? ConsoleStyle.Plain;
        ErrorStyle = errorStyle ?? ConsoleStyle.Plain;
        Width = width;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public ConsoleStyle OutStyle { get; }

    public ConsoleStyle ErrorStyle { get; }

    /// <summary>Columns of the terminal stdout writes to; null when stdout is redirected (nothing is cut then).</summary>
    public int? Width { get; }

    /// <summary>The process's own console: colour and width only where stdout (or stderr) is a terminal.</summary>
    public static CliConsole ForProcess()
    {
        var noColor = Environment.GetEnvironmentVariable("NO_COLOR");
        var term = Environment.GetEnvironmentVariable("TERM");
        var outStyle = ConsoleStyle.Choose(Console.IsOutputRedirected, noColor, term);
        var errorStyle = ConsoleStyle.Choose(Console.IsErrorRedirected, noColor, term);
        return new CliConsole(Console.Out, Console.Error, outStyle, errorStyle, Console.IsOutputRedirected ? null : TerminalWidth());
    }

    /// <summary>
    /// Writes <c>error: message</c> to stderr, the convention of the dotnet CLI and most Unix tools. The message is shown
    /// as the build shows values (<see cref="VisibleText"/>): a character that is not what it looks like, in what the
    /// user typed, is written as <c>&lt;U+200C ZERO WIDTH NON-JOINER&gt;</c>; right-to-left text is isolated.
    /// </summary>
    public void WriteError(string message) => Error.WriteLine(ErrorStyle.Error("error:") + " " + Shown(message));

    /// <summary>A line under an error (what to try instead), shown as the error is.</summary>
    public void WriteHint(string hint) => Error.WriteLine(Shown(hint));

    private static string Shown(string text) => BidiIsolation.IsolateRuns(VisibleText.Of(text));

    private static int? TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width > 0 ? width : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
