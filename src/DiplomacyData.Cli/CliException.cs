using System;
using System.Collections.Generic;

namespace DiplomacyData.Cli;

/// <summary>
/// A failure the user can act on, thrown by a command and turned by <see cref="CliApp"/> into an
/// <c>error: …</c> line on stderr, optional hint lines, and the exit code.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message, IReadOnlyList<string>? hints = null)
        : base(message)
    {
        ExitCode = exitCode;
        Hints = hints ?? Array.Empty<string>();
    }

    public int ExitCode { get; }

    /// <summary>Lines printed after the error, e.g. "Did you mean …?".</summary>
    public IReadOnlyList<string> Hints { get; }
}
