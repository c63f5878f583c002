namespace DiplomacyData.Cli.Export.Csv;

/// <summary>
/// Keeps a spreadsheet from evaluating a CSV cell as a formula (CSV or formula injection; OWASP's "CSV Injection"
/// page): a cell that a spreadsheet would read as a formula is written with an apostrophe in front, which
/// spreadsheets take as "this is text". The rule is documented in docs/exports.md, where readers learn how to
/// undo it: remove one leading apostrophe.
/// </summary>
internal static class SpreadsheetCell
{
    /// <summary>The character put in front of a cell that would otherwise be evaluated.</summary>
    public const char Marker = '\'';

    /// <summary>
    /// <paramref name="value"/> with <see cref="Marker"/> in front when it starts with a formula trigger (= + - @,
    /// their full-width forms ＝ ＋ － ＠, tab, carriage return or line feed), when white space precedes such a
    /// trigger (some spreadsheets trim it), or when it starts with the marker itself (so that removing one leading
    /// apostrophe always gives the value back); otherwise <paramref name="value"/> unchanged. Null stays null.
    /// </summary>
    public static string? Neutralise(string? value) =>
        value is not null && WouldBeEvaluated(value) ? Marker + value : value;

    private static bool WouldBeEvaluated(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        if (value[0] == Marker || IsTrigger(value[0]))
        {
            return true;
        }

        var i = 0;
        while (i < value.Length && char.IsWhiteSpace(value[i]))
        {
            i++;
        }

        return i < value.Length && IsTrigger(value[i]);
    }

    // OWASP's list (= + - @ tab CR), the line feed that also ends a line, and the full-width forms that some
    // spreadsheets (with East Asian input settings) read as the ASCII operators.
    private static bool IsTrigger(char c) =>
        c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
}
