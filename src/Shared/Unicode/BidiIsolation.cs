namespace DiplomacyData.Unicode;

/// <summary>
/// Right-to-left text set apart from what surrounds it when the tools show it (UAX #9, section 6.3): a Persian title
/// between a date and a comma would otherwise pull them into its own direction ("14-09-2021 ,مشاور").
/// </summary>
internal static class BidiIsolation
{
    /// <summary>FIRST STRONG ISOLATE: the text that follows takes the direction of its own first strong letter.</summary>
    public const char FirstStrongIsolate = '\u2068';

    /// <summary>POP DIRECTIONAL ISOLATE: ends what <see cref="FirstStrongIsolate"/> began.</summary>
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// <paramref name="text"/> between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds right-to-left
    /// letters, for plain-text output (a terminal, an SVG text); left-to-right text unchanged.
    /// </summary>
    public static string Isolate(string text) =>
        HiddenCharacters.HasRightToLeft(text) ? FirstStrongIsolate + text + PopDirectionalIsolate : text;
}
