using System;

namespace DiplomacyData.Cli.Output;

/// <summary>
/// Days moved within the calendar <see cref="DateOnly"/> holds (0001-01-01 to 9999-12-31), for what the tool works
/// out itself from the data: a chart's margin, a month's last day, the year before. A step past either end of the
/// calendar stops at that end instead of throwing, since the build accepts every day of it.
/// </summary>
internal static class CalendarDays
{
    /// <summary><paramref name="day"/> moved by <paramref name="days"/>, stopping at the first or last day of the calendar.</summary>
    public static DateOnly AddDays(DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Clamp((long)day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary><paramref name="day"/> moved by <paramref name="years"/> (29 February to the 28th in a common year), stopping at the calendar's ends.</summary>
    public static DateOnly AddYears(DateOnly day, int years)
    {
        var year = (long)day.Year + years;
        return year < DateOnly.MinValue.Year ? DateOnly.MinValue
            : year > DateOnly.MaxValue.Year ? DateOnly.MaxValue
            : day.AddYears(years);
    }

    /// <summary>The last day of <paramref name="day"/>'s month (9999-12-31 for any day of December 9999).</summary>
    public static DateOnly LastOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    /// <summary>The day <paramref name="month"/>/<paramref name="dayOfMonth"/> of <paramref name="year"/>; null when that year has no such day (29 February) or is outside the calendar.</summary>
    public static DateOnly? Of(int year, int month, int dayOfMonth) =>
        year >= DateOnly.MinValue.Year && year <= DateOnly.MaxValue.Year && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, dayOfMonth)
            : null;
}
