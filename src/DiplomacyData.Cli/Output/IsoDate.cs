using System;
using System.Globalization;

namespace DiplomacyData.Cli.Output;

/// <summary>Dates as ISO 8601 calendar dates (<c>yyyy-MM-dd</c>), whatever the machine's culture.</summary>
internal static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
