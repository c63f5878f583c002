using System;

namespace DiplomacyData;

/// <summary>
/// The one date form of the dataset and the <c>diplomacy</c> tool, the ISO 8601 calendar date <c>yyyy-MM-dd</c>,
/// linked into the generator (which binds the YAML's dates by it) and the tool (which reads and prints dates by
/// it), so that both accept exactly the same text.
/// </summary>
/// <remarks>
/// Read by hand rather than with DateTime.TryParseExact: every record has dates, and the framework's parse was a
/// twentieth of the generator's cold run. It accepts what <c>TryParseExact(text, "yyyy-MM-dd", invariant)</c>
/// accepts: four, two and two ASCII digits naming a real calendar day, nothing around them.
/// </remarks>
internal static class IsoDateText
{
    /// <summary>The format string, for printing with the invariant culture.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>True when <paramref name="text"/> is exactly <c>yyyy-MM-dd</c> and names a real calendar day.</summary>
    public static bool TryParse(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out year) || !TryDigits(text, 5, 2, out month) || !TryDigits(text, 8, 2, out day))
        {
            return false;
        }

        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
