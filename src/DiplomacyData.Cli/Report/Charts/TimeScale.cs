using System;
using System.Collections.Generic;
using System.Globalization;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// Days to SVG x coordinates: the days from <see cref="First"/> to <see cref="Last"/> (inclusive) spread over
/// <see cref="Width"/> units from <see cref="Left"/>; a day is the span from its x to the next day's.
/// </summary>
internal sealed class TimeScale
{
    public TimeScale(DateOnly first, DateOnly last, double left, double width)
    {
        if (last < first)
        {
            last = first;
        }

        First = first;
        Last = last;
        Left = left;
        Width = width;
    }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    public double Left { get; }

    public double Width { get; }

    private int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Where <paramref name="day"/> begins.</summary>
    public double Start(DateOnly day) => Left + (day.DayNumber - First.DayNumber) * Width / Days;

    /// <summary>Where <paramref name="day"/> ends.</summary>
    public double End(DateOnly day) => Start(day) + Width / Days;

    /// <summary>
    /// Gridline days with labels: the first of January every year or few years over spans of more than three years,
    /// the first of the month every month or few months over more than two months, otherwise every week; at most about a dozen.
    /// </summary>
    public IEnumerable<(DateOnly Day, string Label)> Ticks()
    {
        if (Days > 3 * 366)
        {
            var years = Last.Year - First.Year + 1;
            var step = Math.Max(1, (int)Math.Ceiling(years / 12.0));
            for (var year = First.Year + 1; year <= Last.Year; year += step)
            {
                yield return (new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture));
            }
        }
        else if (Days > 62)
        {
            var months = (Last.Year - First.Year) * 12 + Last.Month - First.Month + 1;
            var step = Math.Max(1, (int)Math.Ceiling(months / 12.0));
            for (var month = new DateOnly(First.Year, First.Month, 1).AddMonths(1); month <= Last; month = month.AddMonths(step))
            {
                yield return (month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
        }
        else
        {
            for (var day = First; day <= Last; day = day.AddDays(7))
            {
                yield return (day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
