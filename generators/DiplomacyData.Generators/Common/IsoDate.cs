using System;

namespace DiplomacyData.Generators.Common;

/// <summary>
/// The one date form the dataset uses, <c>yyyy-MM-dd</c>, read by hand: every record has dates, and
/// <see cref="DateTime.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTime)"/>
/// was a twentieth of the generator's cold run.
/// </summary>
internal static class IsoDate
{
    /// <summary>True when <paramref name="text"/> is exactly <c>yyyy-MM-dd</c> and names a real calendar day.</summary>
    public static bool TryParse(string text, out DateTime date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
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
