namespace DiplomacyData.Cli;

/// <summary>The process exit codes of <c>diplomacy</c>; docs/cli.md documents the same table.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// Nothing to show: the person, engagement, country or topic named does not exist or is ambiguous, or
    /// <c>list</c> found no engagement (like grep, so scripts can test for "no match").
    /// </summary>
    public const int NotFound = 1;

    /// <summary>The command line is wrong: unknown command or option, a missing or malformed value.</summary>
    public const int UsageError = 2;

    /// <summary><c>export</c> could not write its files (permissions, a file where a folder should be, a full disk).</summary>
    public const int OutputError = 3;

    /// <summary>
    /// A file given to the command is not what it reads: <c>draft</c>'s text is not UTF-8 (the message names the file
    /// and its first bad byte), or a folder given to <c>diff</c> holds a file that is not an export's.
    /// </summary>
    public const int InvalidInput = 4;

    /// <summary>
    /// A fault in the tool itself: an exception no command expected, reported as an error naming it instead of a
    /// crash. 70 is <c>EX_SOFTWARE</c> of BSD's sysexits.h ("internal software error").
    /// </summary>
    public const int InternalError = 70;
}
