namespace DiplomacyData.Cli.Output;

/// <summary>
/// ANSI styling that is on only for a terminal: redirected output, <c>NO_COLOR</c> (any non-empty value, see
/// no-color.org) and <c>TERM=dumb</c> all give plain text, so pipes and files never receive escape codes.
/// </summary>
public sealed class ConsoleStyle
{
    private const string Reset = "\u001b[0m";

    private ConsoleStyle(bool usesColor) => UsesColor = usesColor;

    /// <summary>No escape codes at all.</summary>
    public static ConsoleStyle Plain { get; } = new(false);

    /// <summary>Bold, dim and coloured text.</summary>
    public static ConsoleStyle Colored { get; } = new(true);

    public bool UsesColor { get; }

    /// <summary>The style for a stream, from whether it is redirected and the environment.</summary>
    public static ConsoleStyle Choose(bool isRedirected, string? noColor, string? term) =>
        isRedirected || !string.IsNullOrEmpty(noColor) || term == "dumb" ? Plain : Colored;

    public string Heading(string text) => Wrap("\u001b[1m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    public string Accent(string text) => Wrap("\u001b[36m", text);

    public string Error(string text) => Wrap("\u001b[1;31m", text);

    private string Wrap(string code, string text) => UsesColor && text.Length > 0 ? code + text + Reset : text;
}
