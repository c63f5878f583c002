using System;
using System.Globalization;

namespace DiplomacyData.Cli.Output;

/// <summary>Dates as ISO 8601 calendar dates (<c>yyyy-MM-dd</c>), whatever the machine's culture.</summary>
internal static class IsoDate
{
    public const string Pattern = IsoDateText.Pattern;

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>The generator's rule (<see cref="IsoDateText"/>): what the YAML accepts as a date, the tool accepts.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        var valid = IsoDateText.TryParse(text, out var year, out var month, out var day);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }
}
