using System;

namespace DiplomacyData.Cli.Export.Popolo;

/// <summary>
/// An engagement's dates in Popolo's form: ISO 8601 dates that may be cut to a month or a year
/// (<c>2024-06</c>, <c>2024</c>), which Popolo's schemas allow. A day gives that day as start and no end;
/// a month its <c>yyyy-MM</c>; a range its first and last day; an approximate date (some unknown day between
/// two) the longest month or year both bounds share, or nothing when they share no year, so that no
/// consumer reads a span of days where the sources give one day that is not known.
/// </summary>
internal static class PopoloDate
{
    public static (string? Start, string? End) Of(Engagement engagement) => engagement.Precision switch
    {
        DatePrecision.Month => (Month(engagement.Date), null),
        DatePrecision.Range => (ExportText.Date(engagement.Date), ExportText.Date(engagement.EndDate)),
        DatePrecision.Approximate => (Shared(engagement.Date, engagement.EndDate ?? engagement.Date), null),
        _ => (ExportText.Date(engagement.Date), null),
    };

    private static string? Shared(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return ExportText.Date(from);
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return Month(from);
        }

        return from.Year == to.Year ? Year(from) : null;
    }

    // ExportText.Date is yyyy-MM-dd with ASCII digits in the Gregorian calendar; its prefixes are the month and year.
    private static string Month(DateOnly date) => ExportText.Date(date)[..7];

    private static string Year(DateOnly date) => ExportText.Date(date)[..4];
}
