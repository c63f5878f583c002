using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// The rows of the timeline: a band per year when the engagements span more than about a year, else a band per
/// month, so that a day has room for its mark at 22 engagements over five years and at a thousand in a few weeks.
/// Only periods with engagements get a band; a run of empty periods between them is one thin gap band ("2021–2023:
/// none"), so that a page spanning centuries stays a few bands tall. Every band lays its days out on the same
/// columns: a year on 366 (the leap year's days, so that months line up from band to band), a month on 31.
/// </summary>
internal sealed class TimelineBands
{
    private static readonly string[] s_monthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    private TimelineBands(bool byYear, IReadOnlyList<TimelineBand> bands)
    {
        ByYear = byYear;
        Bands = bands;
    }

    /// <summary>Whether a band is a year (else a month).</summary>
    public bool ByYear { get; }

    /// <summary>The bands in date order, gaps included.</summary>
    public IReadOnlyList<TimelineBand> Bands { get; }

    /// <summary>Columns a band is divided into: one per day.</summary>
    public int Columns => ByYear ? 366 : 31;

    /// <summary>The bands for engagements from <paramref name="first"/> to <paramref name="last"/>, with a band for each period in <paramref name="busy"/>.</summary>
    public static TimelineBands For(DateOnly first, DateOnly last, IEnumerable<DateOnly> busy)
    {
        var byYear = last.DayNumber - first.DayNumber > 400;
        var periods = busy.Select(day => Period(day, byYear)).Distinct().Order().ToList();
        var bands = new List<TimelineBand>();
        for (var i = 0; i < periods.Count; i++)
        {
            if (i > 0 && periods[i] > periods[i - 1] + 1)
            {
                bands.Add(Gap(periods[i - 1] + 1, periods[i] - 1, byYear));
            }

            bands.Add(Band(periods[i], byYear));
        }

        return new TimelineBands(byYear, bands);
    }

    /// <summary>The column of <paramref name="day"/> within its band: its day of the (leap) year, or of the month; 0-based.</summary>
    public int Column(DateOnly day) => ByYear ? LeapDayOfYear(day.Month, day.Day) : day.Day - 1;

    /// <summary>The labels along the top: the months' first days for year bands, every fifth day for month bands.</summary>
    public IEnumerable<(int Column, string Label)> Ticks() => ByYear
        ? Enumerable.Range(1, 12).Select(month => (LeapDayOfYear(month, 1), s_monthNames[month - 1]))
        : new[] { 1, 5, 10, 15, 20, 25, 30 }.Select(day => (day - 1, day.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The first and last day of <paramref name="band"/> that the days from <paramref name="from"/> to <paramref name="to"/> cover; null when they miss it.</summary>
    public static (DateOnly First, DateOnly Last)? Overlap(TimelineBand band, DateOnly from, DateOnly to)
    {
        var first = from > band.First ? from : band.First;
        var last = to < band.Last ? to : band.Last;
        return first <= last ? (first, last) : null;
    }

    /// <summary>A period's number: the year, or the month counted from year 0 (year × 12 + month − 1).</summary>
    private static int Period(DateOnly day, bool byYear) => byYear ? day.Year : day.Year * 12 + day.Month - 1;

    private static TimelineBand Band(int period, bool byYear)
    {
        var (first, last) = Days(period, byYear);
        var label = byYear
            ? first.ToString("yyyy", CultureInfo.InvariantCulture)
            : first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var id = byYear ? "y" + label : "m" + label;
        return new TimelineBand(label, id, first, last, IsGap: false);
    }

    private static TimelineBand Gap(int from, int to, bool byYear)
    {
        var first = Days(from, byYear).First;
        var last = Days(to, byYear).Last;
        var format = byYear ? "yyyy" : "yyyy-MM";
        var span = from == to
            ? first.ToString(format, CultureInfo.InvariantCulture)
            : first.ToString(format, CultureInfo.InvariantCulture) + "–" + last.ToString(format, CultureInfo.InvariantCulture);
        return new TimelineBand(span + ": none", null, first, last, IsGap: true);
    }

    private static (DateOnly First, DateOnly Last) Days(int period, bool byYear)
    {
        if (byYear)
        {
            return (new DateOnly(period, 1, 1), new DateOnly(period, 12, 31));
        }

        var month = new DateOnly(period / 12, period % 12 + 1, 1);
        return (month, new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)));
    }

    /// <summary>0-based day of a leap year: 1 March is 60 in every year, so that a common year leaves 29 February's column empty.</summary>
    private static int LeapDayOfYear(int month, int day) => new DateOnly(2000, month, day).DayOfYear - 1;
}

/// <summary>A row of the timeline: a year or a month with engagements, or a gap of periods without any.</summary>
/// <param name="Label">The year (<c>2024</c>), the month (<c>2024-07</c>), or the gap (<c>2021–2023: none</c>).</param>
/// <param name="Id">The fragment that links to the band (<c>y2024</c>, <c>m2024-07</c>); null for a gap.</param>
internal sealed record TimelineBand(string Label, string? Id, DateOnly First, DateOnly Last, bool IsGap);
