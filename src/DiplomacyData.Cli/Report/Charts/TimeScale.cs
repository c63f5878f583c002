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
            // Months counted as integers (year × 12 + month), so that the step after December 9999 is a number past
            // the last month, not a date the calendar cannot hold.
            var firstMonth = First.Year * 12 + First.Month - 1;
            var lastMonth = Last.Year * 12 + Last.Month - 1;
            var step = Math.Max(1, (int)Math.Ceiling((lastMonth - firstMonth + 1) / 12.0));
            for (var index = firstMonth + 1; index <= lastMonth; index += step)
            {
                var month = new DateOnly(index / 12, index % 12 + 1, 1);
                yield return (month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
        }
        else
        {
            // Day numbers, for the same reason: a week after 9999-12-28 is past the calendar.
            for (var number = First.DayNumber; number <= Last.DayNumber; number += 7)
            {
                var day = DateOnly.FromDayNumber(number);
                yield return (day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
